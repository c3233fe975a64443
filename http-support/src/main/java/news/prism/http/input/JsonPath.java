package news.prism.http.input;

/**
 * Where a value sits in a request body, written as clients read it: {@code sources[2].url}; the document as a
 * whole is {@code $}.
 */
record JsonPath(String text) {

    static final JsonPath ROOT = new JsonPath("");

    JsonPath property(String name) {
        return new JsonPath(text.isEmpty() ? name : text + "." + name);
    }

    JsonPath element(int index) {
        return new JsonPath(text + "[" + index + "]");
    }

    @Override
    public String toString() {
        return text.isEmpty() ? "$" : text;
    }
}
