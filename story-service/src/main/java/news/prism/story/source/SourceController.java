package news.prism.story.source;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import news.prism.story.paging.Page;
import news.prism.story.paging.PageRequest;

/**
 * {@code GET /api/sources}: searches the service's copy of the ingested sources (see {@link SourceFilter} for the
 * parameters), a page at a time; {@code cursor} from the previous page's {@code next}.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/sources")
@ExecuteOn(TaskExecutors.IO)
public class SourceController {

    private final SourceSearch search;
    private final PageRequest pages;

    public SourceController(SourceSearch search, PageRequest pages) {
        this.search = search;
        this.pages = pages;
    }

    @Get
    public Page<SourceListItem> search(@QueryValue @Nullable String q, @QueryValue @Nullable String outlet,
                                       @QueryValue @Nullable String from, @QueryValue @Nullable String to,
                                       @QueryValue @Nullable String candidate, @QueryValue @Nullable String assigned,
                                       @QueryValue @Nullable String cursor, @QueryValue @Nullable String limit) {
        SourceFilter filter = SourceFilter.parse(q, outlet, from, to, candidate, assigned);
        return search.search(filter, cursor, pages.limit(limit));
    }
}
