package news.prism.notify.mail;

/** A mail the SMTP server accepted, waiting for its sent mark, with what was sent. */
public record AcceptedMail(DueMail mail, PreparedMail prepared) {
}
