package news.prism.notify.token;

/** A token as it goes into a link ({@code value}) and as it is stored ({@code hash}). */
public record IssuedToken(String value, byte[] hash) {
}
