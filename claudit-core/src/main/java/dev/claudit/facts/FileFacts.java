package dev.claudit.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything an extractor learned from one file. The file's text is not kept.
 *
 * @param path         repo-relative path
 * @param kind         what the file is
 * @param literals     string values seen in code or configuration (folded where possible)
 * @param tokens       credential-shaped tokens found lexically in the raw text, at their exact positions
 * @param settings     configuration entries
 * @param calls        HTTP requests and client defaults
 * @param clients      SDK clients
 * @param logs         logging calls
 * @param symbols      constants this file defines, by qualified name ({@code com.acme.Endpoints.MESSAGES}) and simple {@code Class.NAME}
 * @param suppressions line numbers mapped to the rule ids suppressed on them ({@link #ALL_RULES} for all)
 * @param notices      what could not be analysed and why
 * @param place        where the file sits in the project (main code, examples, tests, fixtures, docs)
 * @param roles        what literals are to the API, by the literal's location; a literal not listed has no known role
 * @param mockedHttp   the file stands up a mock server or intercepts HTTP (WireMock, MockWebServer, nock, msw):
 *                     its requests do not reach Anthropic
 * @param serverOnly   the file's code runs only on a server (an API route, a server action, a Node script), so
 *                     nothing in it is shipped to a browser
 */
public record FileFacts(String path, FileKind kind, List<Value.Literal> literals, List<Value.Literal> tokens,
                        List<Setting> settings, List<HttpCall> calls, List<ClientConfig> clients, List<LogCall> logs,
                        Map<String, Value> symbols, Map<Integer, Set<String>> suppressions, List<Notice> notices,
                        Place place, Map<Location, Role> roles, boolean mockedHttp, boolean serverOnly) {

    /** The suppression of every rule: a marker that names none. */
    public static final String ALL_RULES = "*";

    public FileFacts {
        literals = List.copyOf(literals);
        tokens = List.copyOf(tokens);
        settings = List.copyOf(settings);
        calls = List.copyOf(calls);
        clients = List.copyOf(clients);
        logs = List.copyOf(logs);
        symbols = Map.copyOf(symbols);
        suppressions = Map.copyOf(suppressions);
        notices = List.copyOf(notices);
        roles = Map.copyOf(roles);
    }

    /** The role of the literal written at {@code at}, or null when its surroundings say nothing. */
    public Role role(Location at) {
        return roles.get(at);
    }
}
