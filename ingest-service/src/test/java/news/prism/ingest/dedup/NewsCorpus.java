package news.prism.ingest.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * News-like articles made from a seed: events (a kind of story, a place, people with roles, an organisation,
 * numbers, a day and a statement every outlet quotes), and articles on them written by outlets that each choose
 * their own sentences. Two articles on one event share names, places, numbers, the topic's words and the quote, but
 * are written differently; copies of one article are edited as copy desks and aggregators do.
 */
final class NewsCorpus {

    private static final String[] PLACES = {"Northport", "Eastbridge", "Ashford", "Millbrook", "Redcliff",
            "Kingsbury", "Westmoor", "Larkhaven", "Stonefield", "Brightwater", "Elmstead", "Harrowgate", "Oakridge",
            "Saltmarsh", "Fairhaven", "Glenmore", "Pinecrest", "Dunmore", "Rosewood", "Clearwater"};
    private static final String[] FIRST_NAMES = {"Maria", "James", "Aisha", "Tomas", "Elena", "David", "Priya",
            "Samuel", "Ingrid", "Kwame", "Lucia", "Henrik", "Sofia", "Omar", "Grace", "Pavel", "Nadia", "Victor",
            "Hannah", "Mateo", "Yuki", "Daniel", "Amara", "Felix", "Rosa", "Jonas", "Leila", "Marcus", "Clara", "Ravi"};
    private static final String[] SURNAMES = {"Okafor", "Lindqvist", "Moreau", "Castillo", "Brennan", "Novak",
            "Haddad", "Fischer", "Tanaka", "Mensah", "Kowalski", "Duarte", "Abernathy", "Rossi", "Singh", "Petrov",
            "Whitfield", "Adeyemi", "Larsen", "Carvalho", "Quinn", "Yilmaz", "Ferreira", "Hughes", "Baptiste",
            "Sandoval", "Ivanova", "Mbeki", "Oconnell", "Vasquez"};
    private static final String[] ROLES = {"spokeswoman", "spokesman", "chief executive", "union leader", "mayor",
            "fire chief", "council leader", "director", "minister", "police commander", "chair", "senior engineer"};
    private static final String[] ORGANISATIONS = {"City Council", "Port Authority", "Transport Agency",
            "Health Trust", "Fire Service", "Dockworkers Union", "Water Board", "Regional Assembly",
            "Chamber of Commerce", "Police Department", "Weather Office", "School Board"};
    private static final String[][] TOPICS = {
            {"strike", "walkout", "picket", "wages", "contract", "dockers", "cranes", "shifts", "negotiators"},
            {"wildfire", "blaze", "evacuation", "firefighters", "hectares", "smoke", "flames", "crews", "embers"},
            {"budget", "spending", "taxes", "deficit", "libraries", "services", "councillors", "savings", "levy"},
            {"flood", "river", "sandbags", "rainfall", "levees", "residents", "pumps", "warnings", "basements"},
            {"tunnel", "railway", "commuters", "signals", "contractors", "delays", "trains", "platforms", "track"},
            {"hospital", "ward", "patients", "nurses", "surgeons", "beds", "clinic", "doctors", "waiting"},
            {"election", "ballots", "voters", "turnout", "candidates", "campaign", "polls", "seats", "recount"},
            {"storm", "winds", "power", "outages", "trees", "gusts", "roofs", "linemen", "forecast"},
            {"crash", "collision", "motorway", "lanes", "drivers", "ambulances", "investigators", "lorry", "debris"},
            {"factory", "jobs", "workers", "plant", "layoffs", "orders", "production", "suppliers", "shareholders"}};
    private static final String[] ADJECTIVES = {"new", "major", "long", "difficult", "serious", "early", "final",
            "local", "public", "national", "late", "heavy", "small", "sudden", "costly", "key", "temporary", "full",
            "fresh", "wider", "urgent", "first", "second", "previous", "likely", "possible", "recent", "regional",
            "central", "entire", "unusual", "careful", "quick", "slow", "strong", "weak", "open", "closed", "main",
            "broad"};
    private static final String[] NOUNS = {"plan", "decision", "talks", "area", "week", "morning", "evening",
            "statement", "report", "meeting", "offer", "deal", "centre", "road", "bridge", "site", "office", "group",
            "community", "families", "businesses", "figures", "cost", "risk", "pressure", "response", "review",
            "questions", "support", "concerns", "damage", "schedule", "measures", "agreement", "budget", "staff",
            "vote", "hearing", "inquiry", "district", "neighbourhood", "owners", "volunteers", "officials",
            "services", "network", "record", "estimate", "funds", "weekend"};
    private static final String[] PEOPLE = {"residents", "workers", "officials", "families", "passengers",
            "volunteers", "shop owners", "pensioners", "students", "drivers", "neighbours", "parents"};
    private static final String[] VERBS_PAST = {"announced", "rejected", "approved", "warned", "confirmed",
            "reported", "described", "criticised", "welcomed", "delayed", "expected", "promised", "questioned",
            "reviewed", "closed", "opened", "reached", "blamed", "estimated", "demanded", "agreed", "insisted",
            "suggested", "accepted", "defended", "cancelled", "extended", "examined", "praised", "urged"};
    private static final String[] VERBS = {"affect", "delay", "cost", "change", "reduce", "extend", "replace",
            "protect", "reopen", "disrupt", "support", "limit", "restore", "cover", "ease"};
    private static final String[] ADVERBS = {"quickly", "later", "again", "already", "still", "also", "sharply",
            "slowly", "largely", "formally", "publicly", "finally", "briefly", "nearly", "widely"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};
    private static final String[] SOURCES = {"said", "told reporters", "wrote in a statement",
            "said in an interview", "told the Courier"};
    private static final String[] TEMPLATES = {
            "{person}, the {role} of the {org}, said on {day} that the {adj} {topic} would {verb} the {noun} in {place}.",
            "{number} {topic} were {past} by {day} evening, according to the {org}.",
            "The {adj} {noun} {past} {adv} after the {topic} began, leaving {number} {people} without {topic}.",
            "In {place}, {people} {past} the {noun} and {past} the {adj} {noun} of the {topic}.",
            "\"{quote}\" {person} {source}.",
            "The {org} {past} {number} million for the {topic}, {adv} more than it had {past} last year.",
            "It was the {adj} {topic} in {place} since {year}, {people} said.",
            "Officials {past} that the {noun} of the {topic} could {verb} the {noun}, but {people} {past} the {adj} {noun}.",
            "{person} {past} the {noun} as {adj} and {adj}, and {past} the {org} to {verb} the {topic}.",
            "A {role} at the {org}, who asked not to be named, said that {number} {people} had {past} the {noun}.",
            "The {topic} {past} {adv} on {day}, when {number} {people} {past} near the {noun}.",
            "{adv}, the {noun} of {place} {past} the {adj} {topic} with a {adj} {noun}.",
            "The {org} has {past} a {adj} {noun} into the {topic} and will {verb} its {noun} by {day}.",
            "Some {people} in {place} {past} the {topic} and the {noun}, while others {past} the {org}.",
            "{person} and {person} {past} the {adj} {noun} at a {noun} on {day} afternoon."};
    private static final String[] BYLINES = {"By {person}, staff reporter", "By {person} and {person} in {place}",
            "{person} | {place} bureau | updated {day} at {hour}:00", "From our correspondent in {place}"};
    private static final String[] FOOTERS = {"Read more: {adj} {noun} as {topic} {past} in {place}",
            "(c) 2026 The {place} Courier. All rights reserved. This material may not be published, broadcast, "
                    + "rewritten or redistributed.",
            "Sign up for our morning newsletter to get the {adj} news from {place} in your inbox.",
            "Additional reporting by {person}. Editing by {person}.",
            "Share this article: Facebook, X, WhatsApp, Email. Report an error."};
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
    private static final int YEAR_FROM = 1950;
    private static final int YEARS = 70;
    private static final int PEOPLE_PER_EVENT = 3;
    private static final int NUMBERS_PER_EVENT = 4;
    private static final int LARGEST_NUMBER = 900;
    private static final int QUOTE_SENTENCES = 2;
    private static final int QUOTE_ODDS = 3;
    private static final int HOURS = 24;
    private static final int MIN_PARAGRAPHS = 8;
    private static final int MORE_PARAGRAPHS = 5;
    private static final int MIN_SENTENCES = 2;
    private static final int MORE_SENTENCES = 3;

    private NewsCorpus() {
    }

    /** What every article on one event may say. */
    record Event(String place, String organisation, String[] topic, List<String> people, List<String> roles,
                 List<String> numbers, String day, String quote) {

        static Event draw(Random random) {
            String place = pick(random, PLACES);
            List<String> people = new ArrayList<>();
            List<String> roles = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < PEOPLE_PER_EVENT; i++) {
                people.add(pick(random, FIRST_NAMES) + " " + pick(random, SURNAMES));
                roles.add(pick(random, ROLES));
            }
            for (int i = 0; i < NUMBERS_PER_EVENT; i++) {
                numbers.add(Integer.toString(2 + random.nextInt(LARGEST_NUMBER)));
            }
            Event event = new Event(place, place + " " + pick(random, ORGANISATIONS), TOPICS[random.nextInt(
                    TOPICS.length)], people, roles, numbers, pick(random, DAYS), "");
            StringBuilder quote = new StringBuilder();
            for (int i = 0; i < QUOTE_SENTENCES; i++) {
                String sentence = event.sentence(random);
                quote.append(i == 0 ? "" : " ").append(sentence.replace("\"", ""));
            }
            return new Event(place, event.organisation, event.topic, people, roles, numbers, event.day,
                    quote.toString());
        }

        /** An outlet's own article on this event: paragraphs of sentences, separated by blank lines. */
        List<String> article(Random random) {
            int paragraphs = MIN_PARAGRAPHS + random.nextInt(MORE_PARAGRAPHS);
            List<String> article = new ArrayList<>();
            for (int i = 0; i < paragraphs; i++) {
                article.add(paragraph(random));
            }
            return article;
        }

        String paragraph(Random random) {
            int sentences = MIN_SENTENCES + random.nextInt(MORE_SENTENCES);
            StringBuilder paragraph = new StringBuilder();
            for (int i = 0; i < sentences; i++) {
                paragraph.append(i == 0 ? "" : " ").append(sentence(random));
            }
            return paragraph.toString();
        }

        String sentence(Random random) {
            return fill(random, pick(random, TEMPLATES));
        }

        String byline(Random random) {
            return fill(random, pick(random, BYLINES));
        }

        String footer(Random random) {
            return fill(random, pick(random, FOOTERS));
        }

        private String fill(Random random, String template) {
            Matcher slots = SLOT.matcher(template);
            StringBuilder filled = new StringBuilder();
            while (slots.find()) {
                slots.appendReplacement(filled, Matcher.quoteReplacement(value(random, slots.group(1))));
            }
            slots.appendTail(filled);
            String text = filled.toString();
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }

        private String value(Random random, String slot) {
            return switch (slot) {
                case "person" -> people.get(random.nextInt(people.size()));
                case "role" -> roles.get(random.nextInt(roles.size()));
                case "org" -> organisation;
                case "place" -> place;
                case "day" -> day;
                case "number" -> numbers.get(random.nextInt(numbers.size()));
                case "topic" -> pick(random, topic);
                case "adj" -> pick(random, ADJECTIVES);
                case "noun" -> pick(random, NOUNS);
                case "people" -> pick(random, PEOPLE);
                case "past" -> pick(random, VERBS_PAST);
                case "verb" -> pick(random, VERBS);
                case "adv" -> pick(random, ADVERBS);
                case "source" -> pick(random, SOURCES);
                case "year" -> Integer.toString(YEAR_FROM + random.nextInt(YEARS));
                case "hour" -> Integer.toString(random.nextInt(HOURS));
                // The statement every outlet quotes, or now and then words of the outlet's own.
                case "quote" -> quote.isEmpty() || random.nextInt(QUOTE_ODDS) > 0
                        ? sentence(random).replace("\"", "") : quote;
                default -> throw new IllegalArgumentException("No slot " + slot);
            };
        }
    }

    /** A word that a copy desk might put in: from the same vocabulary as the articles. */
    static String anyWord(Random random) {
        String[][] lists = {ADJECTIVES, NOUNS, VERBS_PAST, VERBS, ADVERBS, PEOPLE};
        return pick(random, lists[random.nextInt(lists.length)]);
    }

    static String text(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
