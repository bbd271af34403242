(function () {
  "use strict";
  var body = document.body;
  var detail = document.getElementById("detail");
  document.addEventListener("click", function (e) {
    var mark = e.target.closest ? e.target.closest("mark.t") : null;
    if (mark) {
      detail.textContent = mark.getAttribute("title");
      detail.hidden = false;
    } else if (!detail.contains(e.target)) {
      detail.hidden = true;
    }
  });
  var boxes = document.querySelectorAll("#legend input[type=checkbox]");
  for (var i = 0; i < boxes.length; i++) {
    boxes[i].addEventListener("change", function (e) {
      body.classList.toggle("hide-" + e.target.value, !e.target.checked);
    });
  }
  body.classList.add("js");
})();
