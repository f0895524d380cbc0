package com.weibao.cases;

/** A file that came in with a case or a note (a mail's attachment or inline image, a returned mail). */
public record IncomingFile(String fileName, String contentType, byte[] content) {
}
