package news.prism.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import news.prism.events.SourceSubmitted;

/**
 * Distinct sources of about 2 KB that report a number of events, several outlets each, so that story-service's
 * candidate clustering has real work: reports of one event share that event's names and places (and are grouped),
 * reports of different events share only everyday words. Every report's text is drawn afresh, so no two are near
 * duplicates of each other and ingest-service takes every one in. The same seed gives the same sources.
 */
final class EventReports {

    private static final int BODY_LENGTH = 1_900;
    private static final int EVENT_TERMS = 12;
    private static final int VOCABULARY = 3_000;
    /** How many of a report's words are its event's own names and places: about one in five. */
    private static final double EVENT_WORD_SHARE = 0.2;
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "sa", "to", "vel", "dor", "an", "bri", "cu",
        "fen", "gar", "hol", "is", "jun", "kel", "mar", "nor", "ost", "pra", "quin", "ros", "sel", "tur", "ul", "vik",
        "wes", "yar", "zen"};

    private final String run;
    private final int reportsPerEvent;
    private final Instant publishedFrom;
    private final List<String> vocabulary;

    /**
     * @param run told apart in every URL, so that sources of two runs on one database are not duplicates
     * @param reportsPerEvent how many outlets report each event
     * @param publishedFrom the earliest publication time; each event is published within a day of it
     */
    EventReports(String run, int reportsPerEvent, Instant publishedFrom) {
        this.run = run;
        this.reportsPerEvent = reportsPerEvent;
        this.publishedFrom = publishedFrom;
        SplittableRandom random = new SplittableRandom(7);
        this.vocabulary = new ArrayList<>(VOCABULARY);
        for (int i = 0; i < VOCABULARY; i++) {
            vocabulary.add(word(random, 2, 3));
        }
    }

    /** The {@code i}th source: report {@code i % reportsPerEvent} of event {@code i / reportsPerEvent}. */
    SourceSubmitted report(int i) {
        int event = i / reportsPerEvent;
        int outlet = i % reportsPerEvent;
        List<String> eventTerms = eventTerms(event);
        SplittableRandom random = new SplittableRandom(((long) event << 20) ^ outlet ^ 0x5DEECE66DL);
        StringBuilder title = new StringBuilder();
        for (int w = 0; w < 7; w++) {
            title.append(w == 0 ? "" : " ").append(w % 2 == 0 ? pick(eventTerms, random) : everyday(random));
        }
        StringBuilder body = new StringBuilder(BODY_LENGTH + 100);
        while (body.length() < BODY_LENGTH) {
            int words = 8 + random.nextInt(8);
            for (int w = 0; w < words; w++) {
                String word = random.nextDouble() < EVENT_WORD_SHARE ? pick(eventTerms, random) : everyday(random);
                body.append(w == 0 ? capitalised(word) : word).append(w == words - 1 ? ". " : " ");
            }
        }
        return SourceSubmitted.newBuilder()
                .setOutlet("Outlet " + outlet)
                .setUrl("https://outlet" + outlet + ".example/" + run + "/event-" + event)
                .setTitle(capitalised(title.toString()))
                .setBody(body.toString().strip())
                .setPublishedAt(publishedFrom.plus(Duration.ofMinutes(event % 1_440 + outlet)))
                .setLanguage("en")
                .build();
    }

    private List<String> eventTerms(int event) {
        SplittableRandom random = new SplittableRandom(1_000_003L * event + 11);
        List<String> terms = new ArrayList<>(EVENT_TERMS);
        for (int t = 0; t < EVENT_TERMS; t++) {
            terms.add(word(random, 3, 4));
        }
        return terms;
    }

    /** An everyday word: the vocabulary's first words far more often than its last, as in real text. */
    private String everyday(SplittableRandom random) {
        double skewed = Math.pow(random.nextDouble(), 2.5);
        return vocabulary.get((int) (skewed * vocabulary.size()));
    }

    private static String pick(List<String> words, SplittableRandom random) {
        return words.get(random.nextInt(words.size()));
    }

    private static String word(SplittableRandom random, int fewest, int most) {
        StringBuilder word = new StringBuilder();
        int syllables = fewest + random.nextInt(most - fewest + 1);
        for (int s = 0; s < syllables; s++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
