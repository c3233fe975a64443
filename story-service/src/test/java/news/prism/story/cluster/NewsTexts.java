package news.prism.story.cluster;

import java.time.Instant;

/**
 * Short news texts as ingest-service hands them on (a title and the start of the text): three outlets reporting
 * one bridge closure, two reporting one heatwave measure, and stories from the same city and days that are about
 * something else, sharing its names and much of its vocabulary.
 */
public final class NewsTexts {

    public static final SourceText BRIDGE_HERALD = new SourceText("bridge-herald",
            "Harbour Bridge closed after engineers find crack in main girder",
            "Lindenport closed the Harbour Bridge to all traffic on Tuesday after inspectors found a 40-centimetre "
                    + "crack in one of its steel girders. The city's transport department said the closure would last "
                    + "at least three weeks while engineers assess whether the 1968 bridge can be repaired. About "
                    + "38,000 vehicles cross the bridge every day, and the department warned of long queues on the "
                    + "ring road during the morning rush.",
            at("2026-06-09T07:40:00Z"));

    public static final SourceText BRIDGE_COASTAL = new SourceText("bridge-coastal",
            "Crack in steel girder shuts Lindenport's Harbour Bridge for weeks",
            "Drivers face long detours after Lindenport shut the Harbour Bridge on Tuesday morning. A routine "
                    + "inspection found a crack about 40 cm long in a main steel girder, the transport department "
                    + "said. Engineers will need at least three weeks to decide whether the bridge, opened in 1968, "
                    + "can be repaired or must be replaced. Opposition councillors asked why the last inspection, in "
                    + "2024, had found no damage.",
            at("2026-06-09T09:15:00Z"));

    public static final SourceText BRIDGE_RADIO = new SourceText("bridge-radio",
            "Harbour Bridge closure: what commuters need to know",
            "The Harbour Bridge will stay closed for at least three weeks after inspectors discovered a cracked "
                    + "girder, the city said on Tuesday. Buses 4 and 11 will be diverted over the Canal Street bridge "
                    + "and extra ferries will run between the north and south quays from Wednesday. The bridge "
                    + "normally carries some 38,000 vehicles a day; cyclists and pedestrians are also barred.",
            at("2026-06-09T12:05:00Z"));

    public static final SourceText HEAT_HERALD = new SourceText("heat-herald",
            "Lindenport opens cooling centres as temperatures pass 35C",
            "With temperatures forecast to pass 35 degrees Celsius for a fourth day, Lindenport opened six cooling "
                    + "centres in libraries and community halls on Wednesday. The health department urged older "
                    + "residents to stay indoors at midday and asked neighbours to check on people living alone. The "
                    + "centres will stay open until 10pm while the heatwave lasts.",
            at("2026-06-10T08:30:00Z"));

    public static final SourceText HEAT_RADIO = new SourceText("heat-radio",
            "Heatwave: six libraries become cooling centres",
            "Six libraries and community halls in Lindenport are now cooling centres where anyone can rest in "
                    + "air-conditioned rooms, the health department said on Wednesday, as the heatwave pushed "
                    + "temperatures above 35 degrees. Free water is handed out, and the centres stay open until "
                    + "10pm. Doctors advise older residents to avoid going out at midday.",
            at("2026-06-10T11:00:00Z"));

    public static final SourceText BUDGET = new SourceText("budget-herald",
            "Lindenport council approves budget with more money for schools",
            "The city council on Tuesday approved a budget of 1.2 billion euros for next year, with 60 million more "
                    + "for school repairs and a hiring freeze in the city administration. The transport department's "
                    + "budget stays flat, and councillors rejected an opposition amendment to cut bus fares. The vote "
                    + "was 29 to 16.",
            at("2026-06-09T18:20:00Z"));

    public static final SourceText FERRY_STRIKE = new SourceText("ferry-coastal",
            "Ferry crews in Lindenport vote to strike over pay",
            "Crews on Lindenport's harbour ferries voted on Tuesday to strike for 48 hours next week after pay talks "
                    + "with the transport operator broke down. The union said its members had not had a raise in "
                    + "three years. The operator said it would run a reduced service between the north and south "
                    + "quays and urged commuters to plan ahead.",
            at("2026-06-09T16:45:00Z"));

    public static final SourceText RATES = new SourceText("rates-wire",
            "Central bank raises interest rates by a quarter point",
            "The central bank raised its main interest rate by 0.25 percentage points to 3.5 percent on Tuesday, "
                    + "its second increase this year, citing stubborn inflation in services. Markets had expected the "
                    + "move. The bank's governor said further increases were possible if wage growth stays high.",
            at("2026-06-09T12:00:00Z"));

    private NewsTexts() {
    }

    private static Instant at(String time) {
        return Instant.parse(time);
    }
}
