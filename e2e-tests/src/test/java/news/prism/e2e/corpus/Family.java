package news.prism.e2e.corpus;

/** The kinds of bad input the corpus is made of, one per way a request has been found to break a service. */
public enum Family {
    NUL_CHARACTER,
    LONE_SURROGATE,
    NONCHARACTER,
    BAD_PERCENT_ESCAPE,
    TRAILING_CONTENT,
    SECOND_DOCUMENT,
    DUPLICATE_KEY,
    WRONG_TYPE,
    INVALID_UTF8,
    DEEP_NESTING,
    TOO_LONG_STRING,
    TOO_LONG_LIST,
    BAD_URL,
    BLANK_TEXT,
    MISSING_FIELD,
    MALFORMED_JSON,
    TOO_LARGE_BODY,
    WRONG_CONTENT_TYPE,
    BAD_PATH_ID,
    BAD_TOKEN
}
