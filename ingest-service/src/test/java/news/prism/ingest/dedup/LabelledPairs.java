package news.prism.ingest.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import news.prism.ingest.dedup.NewsCorpus.Event;

/**
 * A labelled set for the near-duplicate layer, the same for a given seed. Positives: copies of an article with 2-10%
 * of its words replaced, inserted or deleted at random, and each at even odds with some sentences moved, a paragraph
 * added or removed, and another outlet's byline and footer. Negatives: every other article on the same event (same
 * names, place, numbers, topic and quote, written by another outlet), and articles on unrelated events.
 */
record LabelledPairs(List<Pair> positives, List<Pair> negatives) {

    static final int EVENTS = 40;
    static final int ARTICLES_PER_EVENT = 3;
    static final int COPIES_PER_ARTICLE = 4;
    static final int UNRELATED_PAIRS = 480;
    static final double LEAST_EDITS = 0.02;
    static final double MOST_EDITS = 0.10;
    private static final int MOST_MOVED_SENTENCES = 3;
    private static final String SENTENCE_END = "(?<=[.!?\"])\\s+";
    private static final String WORD_GAP = " ";

    /** Two texts, and what an intake of {@code copy} after {@code original} should make of it. */
    record Pair(String kind, String original, String copy) {
    }

    static LabelledPairs generate(long seed) {
        Random random = new Random(seed);
        List<Event> events = new ArrayList<>();
        List<List<String>> articlesByEvent = new ArrayList<>();
        List<Pair> positives = new ArrayList<>();
        List<Pair> negatives = new ArrayList<>();
        for (int e = 0; e < EVENTS; e++) {
            Event event = Event.draw(random);
            events.add(event);
            List<String> articles = new ArrayList<>();
            for (int a = 0; a < ARTICLES_PER_EVENT; a++) {
                List<String> body = event.article(random);
                String published = published(event, body, random);
                articles.add(published);
                for (int c = 0; c < COPIES_PER_ARTICLE; c++) {
                    positives.add(copy(event, body, published, random));
                }
            }
            for (int a = 0; a < articles.size(); a++) {
                for (int b = a + 1; b < articles.size(); b++) {
                    negatives.add(new Pair("same event", articles.get(a), articles.get(b)));
                }
            }
            articlesByEvent.add(articles);
        }
        for (int i = 0; i < UNRELATED_PAIRS; i++) {
            int one = random.nextInt(EVENTS);
            int other = (one + 1 + random.nextInt(EVENTS - 1)) % EVENTS;
            negatives.add(new Pair("unrelated", pick(articlesByEvent.get(one), random),
                    pick(articlesByEvent.get(other), random)));
        }
        return new LabelledPairs(positives, negatives);
    }

    private static String published(Event event, List<String> body, Random random) {
        List<String> page = new ArrayList<>();
        page.add(event.byline(random));
        page.addAll(body);
        page.add(event.footer(random));
        return NewsCorpus.text(page);
    }

    private static Pair copy(Event event, List<String> article, String published, Random random) {
        List<String> body = new ArrayList<>(article);
        List<String> changes = new ArrayList<>();
        if (random.nextBoolean()) {
            moveSentences(body, random);
            changes.add("moved sentences");
        }
        if (random.nextBoolean()) {
            if (random.nextBoolean()) {
                body.add(random.nextInt(body.size() + 1), event.paragraph(random));
                changes.add("added paragraph");
            } else {
                body.remove(random.nextInt(body.size()));
                changes.add("removed paragraph");
            }
        }
        double rate = LEAST_EDITS + random.nextDouble() * (MOST_EDITS - LEAST_EDITS);
        String edited = editWords(NewsCorpus.text(body), rate, random);
        changes.addFirst("%.0f%% words edited".formatted(rate * 100));
        String copy;
        if (random.nextBoolean()) {
            copy = event.byline(random) + "\n\n" + edited + "\n\n" + event.footer(random);
            changes.add("other boilerplate");
        } else {
            String[] page = published.split("\n\n");
            copy = page[0] + "\n\n" + edited + "\n\n" + page[page.length - 1];
        }
        return new Pair(String.join(", ", changes), published, copy);
    }

    /** Moves a few sentences each to another place in the article. */
    private static void moveSentences(List<String> body, Random random) {
        List<List<String>> paragraphs = new ArrayList<>();
        body.forEach(paragraph -> paragraphs.add(new ArrayList<>(Arrays.asList(paragraph.split(SENTENCE_END)))));
        int moves = 1 + random.nextInt(MOST_MOVED_SENTENCES);
        for (int i = 0; i < moves; i++) {
            List<String> from = pick(paragraphs, random);
            if (from.size() < 2) {
                continue;
            }
            String sentence = from.remove(random.nextInt(from.size()));
            List<String> to = pick(paragraphs, random);
            to.add(random.nextInt(to.size() + 1), sentence);
        }
        body.clear();
        paragraphs.forEach(paragraph -> body.add(String.join(" ", paragraph)));
    }

    /** Replaces, inserts or deletes about {@code rate} of the words, each at random. */
    private static String editWords(String text, double rate, Random random) {
        List<String> words = new ArrayList<>(Arrays.asList(text.split(WORD_GAP)));
        long edits = Math.round(words.size() * rate);
        for (long i = 0; i < edits; i++) {
            int at = random.nextInt(words.size());
            switch (random.nextInt(3)) {
                case 0 -> words.set(at, NewsCorpus.anyWord(random));
                case 1 -> words.add(at, NewsCorpus.anyWord(random));
                default -> words.remove(at);
            }
        }
        return String.join(WORD_GAP, words);
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
