package vn.camket.web.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.camket.index.IndexHolder;
import vn.camket.index.IndexStore;
import vn.camket.search.SearchService;

/** The index and the search service over it (the portal's repository layer). */
@Configuration
public class IndexConfiguration {
    @Bean
    public IndexStore indexStore(CamketProperties props) {
        return new IndexStore(props.index());
    }

    @Bean(destroyMethod = "close")
    public IndexHolder indexHolder(IndexStore store) {
        return new IndexHolder(store);
    }

    @Bean
    public SearchService searchService(IndexHolder holder, CamketProperties props) {
        return SearchService.keepingAnswers(holder, props.searchAnswersKept());
    }
}
