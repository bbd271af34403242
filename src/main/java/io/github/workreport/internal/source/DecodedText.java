package io.github.workreport.internal.source;

import java.nio.charset.Charset;

/**
 * Text decoded from bytes, with the charset that decoded it.
 *
 * @param text the decoded text, a leading byte-order mark removed
 * @param charset the charset used
 * @param reason how the charset was chosen ("bom", "declared", "utf-8", "detected", "fallback")
 */
public record DecodedText(String text, Charset charset, String reason) {}
