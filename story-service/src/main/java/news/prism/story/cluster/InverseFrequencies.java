package news.prism.story.cluster;

/** How much a term weighs for being rare: the inverse document frequency of TF-IDF, as some sources' counts give it. */
@FunctionalInterface
interface InverseFrequencies {

    double inverse(String term);

    /** Smoothed: a term no source uses yet weighs as much as one that a single source uses. */
    static double of(long documents, long total) {
        return 1 + Math.log((1.0 + total) / (1.0 + documents));
    }
}
