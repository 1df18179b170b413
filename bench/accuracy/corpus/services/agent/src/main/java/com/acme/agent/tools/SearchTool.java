package com.acme.agent.tools;

import dev.langchain4j.agent.tool.Tool;

/** Searches the internal wiki. */
public class SearchTool {

    @Tool("Search the wiki")
    public String search(String query) {
        return "no results for " + query;
    }
}
