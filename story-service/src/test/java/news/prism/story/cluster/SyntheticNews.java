package news.prism.story.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * News texts for the clustering benchmark: many events, each reported many times. Every event belongs to a topic
 * (reports of different events of one topic share the topic's words, as a bridge closure and a ferry strike do) and
 * has names, places and numbers of its own; every report mixes those with the topic's words and common words
 * (Zipf-distributed) into a title and a text of about 2 KB, of which story-service keeps the first 600 characters.
 * The same event, report and seed always give the same text.
 */
final class SyntheticNews {

    /** A report as story-service keeps it, and the event it reports. */
    record Report(int event, SourceText text) {
    }

    private static final int COMMON_WORDS = 6_000;
    private static final int TOPICS = 40;
    private static final int TOPIC_WORDS = 150;
    private static final int EVENT_WORDS = 20;
    private static final int TITLE_WORDS = 9;
    private static final int BODY_CHARS = 2_000;
    private static final int EXCERPT_CHARS = 600;
    private static final int SENTENCE_WORDS = 14;
    // Shares of a report's words: the event's own, its topic's, and common ones.
    private static final double EVENT_SHARE = 0.3;
    private static final double TOPIC_SHARE = 0.15;
    private static final double TITLE_EVENT_SHARE = 0.6;
    private static final double TITLE_TOPIC_SHARE = 0.25;
    private static final double ZIPF_EXPONENT = 1.07;
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "to", "sa", "vel", "dor", "an", "bri", "ce",
            "du", "fa", "gor", "hal", "in", "jos", "ku", "lem", "mar", "nor", "ol", "pra", "qui", "ros", "sten", "tur",
            "ul", "vin", "wes", "xa", "yor", "zem", "bel", "cra", "del", "ek", "fro", "gil", "hun"};
    private static final Duration SPREAD_OF_A_REPORT = Duration.ofHours(20);

    private final long seed;
    private final Instant start;
    private final Duration span;
    private final String[] common;
    private final String[][] topics;
    private final double[] zipf;

    /** Events spread over {@code span} from {@code start}. */
    SyntheticNews(long seed, Instant start, Duration span) {
        this.seed = seed;
        this.start = start;
        this.span = span;
        SplittableRandom random = new SplittableRandom(seed);
        common = words(random, COMMON_WORDS, 2, 3);
        topics = new String[TOPICS][];
        for (int topic = 0; topic < TOPICS; topic++) {
            topics[topic] = words(random, TOPIC_WORDS, 3, 4);
        }
        zipf = new double[COMMON_WORDS];
        double sum = 0;
        for (int rank = 0; rank < COMMON_WORDS; rank++) {
            sum += 1 / Math.pow(rank + 1, ZIPF_EXPONENT);
            zipf[rank] = sum;
        }
        for (int rank = 0; rank < COMMON_WORDS; rank++) {
            zipf[rank] /= sum;
        }
    }

    /** Report {@code report} of event {@code event}, with the given source id. */
    Report report(int event, int report, String sourceId) {
        Random eventRandom = new Random(seed * 31 + event);
        String[] own = words(new SplittableRandom(eventRandom.nextLong()), EVENT_WORDS, 3, 4);
        String[] topic = topics[eventRandom.nextInt(TOPICS)];
        Instant eventTime = start.plusMillis((long) (eventRandom.nextDouble() * span.toMillis()));
        Random random = new Random(seed * 1_000_003L + event * 7_919L + report);
        String title = capitalised(sentence(random, own, topic, TITLE_WORDS, TITLE_EVENT_SHARE, TITLE_TOPIC_SHARE));
        StringBuilder body = new StringBuilder(BODY_CHARS + SENTENCE_WORDS * 12);
        while (body.length() < BODY_CHARS) {
            body.append(capitalised(sentence(random, own, topic, SENTENCE_WORDS, EVENT_SHARE, TOPIC_SHARE)))
                    .append(". ");
        }
        Instant time = eventTime.plusMillis((long) (random.nextDouble() * SPREAD_OF_A_REPORT.toMillis()));
        return new Report(event, new SourceText(sourceId, title, excerpt(body.toString()), time));
    }

    private String sentence(Random random, String[] own, String[] topic, int length, double eventShare,
                            double topicShare) {
        List<String> words = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            double kind = random.nextDouble();
            if (kind < eventShare) {
                words.add(own[random.nextInt(own.length)]);
            } else if (kind < eventShare + topicShare) {
                words.add(topic[random.nextInt(topic.length)]);
            } else {
                words.add(common[commonRank(random.nextDouble())]);
            }
        }
        return String.join(" ", words);
    }

    private int commonRank(double uniform) {
        int rank = Arrays.binarySearch(zipf, uniform);
        return Math.min(COMMON_WORDS - 1, rank >= 0 ? rank : -rank - 1);
    }

    private static String excerpt(String body) {
        int cut = body.lastIndexOf(' ', EXCERPT_CHARS);
        return body.substring(0, cut > 0 ? cut : EXCERPT_CHARS);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String[] words(SplittableRandom random, int count, int minSyllables, int maxSyllables) {
        String[] words = new String[count];
        for (int i = 0; i < count; i++) {
            StringBuilder word = new StringBuilder();
            int syllables = random.nextInt(minSyllables, maxSyllables + 1);
            for (int s = 0; s < syllables; s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words[i] = word.toString();
        }
        return words;
    }
}
