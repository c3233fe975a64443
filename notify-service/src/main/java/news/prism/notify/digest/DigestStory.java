package news.prism.notify.digest;

/** One story in a digest: what its page says and how broad its coverage is. */
record DigestStory(String storyId, String topicName, String headline, String summary, String url, int outlets,
                   int viewpoints) {
}
