package dev.claudit.extract.js;

import dev.claudit.extract.LineIndex;
import dev.claudit.extract.UnparsableText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsLexerTest {

    static List<JsToken> lex(String text, boolean jsx) throws UnparsableText {
        return JsLexer.tokenize(text, 0, text.length(), jsx, new LineIndex("a.js", text));
    }

    static List<String> kinds(List<JsToken> tokens) {
        return tokens.stream().map(t -> t.kind() + ":" + t.text()).toList();
    }

    @Test
    void stringsAreCookedAndCommentsSkipped() throws Exception {
        List<JsToken> t = lex("const a = 'it\\'s' + \"\\x41\\u0042\\u{43}\\n\"; // 'not a string\n/* \"nor this\" */ b", false);
        assertThat(kinds(t)).containsExactly("IDENT:const", "IDENT:a", "PUNCT:=", "STRING:it's", "PUNCT:+", "STRING:ABC\n",
                "PUNCT:;", "IDENT:b");
        assertThat(t.get(3).start()).isEqualTo(10);
        assertThat(t.get(3).end()).isEqualTo(17);
    }

    @Test
    void regexIsToldFromDivisionByTheTokenBefore() throws Exception {
        assertThat(kinds(lex("x = a / b / c", false))).containsExactly("IDENT:x", "PUNCT:=", "IDENT:a", "PUNCT:/", "IDENT:b",
                "PUNCT:/", "IDENT:c");
        assertThat(kinds(lex("x = /'[/]\"/g.test(s)", false))).containsExactly("IDENT:x", "PUNCT:=", "REGEX:/'[/]\"/g", "PUNCT:.",
                "IDENT:test", "PUNCT:(", "IDENT:s", "PUNCT:)");
        assertThat(kinds(lex("return /a'b/", false))).containsExactly("IDENT:return", "REGEX:/a'b/");
    }

    @Test
    void templatesKeepTheirPiecesAndExpressionTokens() throws Exception {
        List<JsToken> t = lex("`Bearer ${process.env.KEY} and ${`nested ${x}`}!`", false);
        assertThat(t).singleElement().satisfies(tpl -> {
            assertThat(tpl.kind()).isEqualTo(JsToken.Kind.TEMPLATE);
            assertThat(tpl.quasis()).containsExactly("Bearer ", " and ", "!");
            assertThat(kinds(tpl.expressions().get(0))).containsExactly("IDENT:process", "PUNCT:.", "IDENT:env", "PUNCT:.", "IDENT:KEY");
            assertThat(tpl.expressions().get(1)).singleElement().satisfies(n -> assertThat(n.quasis()).containsExactly("nested ", ""));
            assertThat(tpl.quasiSpans().get(0)).containsExactly(1, 8);
        });
    }

    @Test
    void jsxTextWithApostrophesIsNotAString() throws Exception {
        List<JsToken> t = lex("""
                const App = () => (
                  <div className="x" onClick={() => go('a')}>
                    Don't call "the API" from here: {count}
                    <Child {...props} label='y' />
                  </div>
                );
                const after = 'ok';
                """, true);
        assertThat(kinds(t)).contains("STRING:x", "STRING:a", "IDENT:count", "IDENT:props", "STRING:y", "JSX:<>", "STRING:ok")
                .doesNotContain("STRING:t call ");
    }

    @Test
    void typeScriptGenericsAreNotJsx() throws Exception {
        List<JsToken> t = lex("const f = <T,>(x: T) => x; const s = 'ok';", true);
        assertThat(kinds(t)).contains("PUNCT:<", "IDENT:T", "PUNCT:>", "STRING:ok").doesNotContain("JSX:<>");
    }

    @Test
    void unterminatedConstructsAreRejectedWithTheirLine() {
        assertThatThrownBy(() -> lex("a;\nconst k = 'sk-ant-api03-abc;\n", false))
                .isInstanceOf(UnparsableText.class).hasMessage("JavaScript unterminated string at line 2");
        assertThatThrownBy(() -> lex("a;\n\n`abc ${x", false))
                .isInstanceOf(UnparsableText.class).hasMessageContaining("at line 3");
        assertThatThrownBy(() -> lex("/* open", false))
                .isInstanceOf(UnparsableText.class).hasMessage("JavaScript unterminated comment at line 1");
    }
}
