package dev.claudit.extract.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The model ids behind the SDKs' model constants, which live in a dependency the scan never reads: the Anthropic
 * SDK's {@code Model.CLAUDE_3_5_SONNET_LATEST}, LangChain4j's {@code AnthropicChatModelName.CLAUDE_3_HAIKU_20240307}
 * and Spring AI's {@code AnthropicApi.ChatModel.CLAUDE_3_OPUS}, qualified or statically imported from an
 * {@code anthropic} package. The id is the constant's name in lower case with hyphens; Spring AI's undated names
 * stand for the alias they hold ({@code CLAUDE_3_OPUS} is {@code claude-3-opus-latest}). Only names that give a
 * well-formed id are read, so a constant never reads as a malformed id.
 */
final class SdkModelConstants {

    /** The classes that hold model constants, by simple name. */
    private static final Set<String> HOLDERS = Set.of("Model", "AnthropicChatModelName", "ChatModel");
    private static final Pattern NAME = Pattern.compile("CLAUDE_[A-Z0-9_]+");
    private static final Pattern CLAUDE3 = Pattern.compile("claude-3(-\\d)?-(opus|sonnet|haiku)(-\\d{8}|-latest)?");
    private static final Pattern FAMILY_FIRST = Pattern.compile("claude-(opus|sonnet|haiku)-\\d(-\\d)?(-\\d{8}|-latest)?");
    private static final Pattern LEGACY = Pattern.compile("claude(-instant)?-[12](-\\d)?");

    /** Simple name → qualified name of the file's single-type imports. */
    private final Map<String, String> imports = new HashMap<>();
    /** Constants imported one by one ({@code import static …Model.CLAUDE_X}). */
    private final Set<String> staticNames = new HashSet<>();
    /** Holders whose every constant is imported ({@code import static …Model.*}). */
    private boolean staticHolder;
    /** Names a static import or the file itself may define: a bare {@code CLAUDE_X} may be the project's own. */
    private final Set<String> ownNames = new HashSet<>();
    private boolean staticOther;
    private static final Set<String> MODEL_SETTERS = Set.of("model", "modelName", "modelId");

    SdkModelConstants(CompilationUnit cu, Trees trees) {
        for (ImportDeclaration i : cu.getImports()) {
            String name = i.getNameAsString();
            if (i.isStatic()) {
                if (i.isAsterisk() && isHolder(name)) staticHolder = true;
                else if (!i.isAsterisk() && name.contains(".") && isHolder(name.substring(0, name.lastIndexOf('.')))) {
                    staticNames.add(name.substring(name.lastIndexOf('.') + 1));
                } else if (i.isAsterisk()) {
                    staticOther = true;
                } else {
                    ownNames.add(name.substring(name.lastIndexOf('.') + 1));
                }
            } else if (!i.isAsterisk()) {
                imports.put(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
        trees.all(cu, com.github.javaparser.ast.body.VariableDeclarator.class).forEach(v -> ownNames.add(v.getNameAsString()));
        trees.all(cu, com.github.javaparser.ast.body.EnumConstantDeclaration.class).forEach(c -> ownNames.add(c.getNameAsString()));
    }

    /** The id a node names when it is an SDK's model constant. */
    Optional<String> idOf(Node n) {
        if (n instanceof FieldAccessExpr f && NAME.matcher(f.getNameAsString()).matches() && isHolder(qualify(f.getScope().toString()))) {
            return id(f.getNameAsString());
        }
        if (n instanceof NameExpr e && NAME.matcher(e.getNameAsString()).matches() && !(n.getParentNode().orElse(null) instanceof FieldAccessExpr)
                && (staticNames.contains(e.getNameAsString()) || staticHolder || docsSnippetConstant(e))) {
            return id(e.getNameAsString());
        }
        return Optional.empty();
    }

    /**
     * A snippet that leaves out its imports (docs, a README): a bare {@code CLAUDE_X} handed to a model option of an
     * Anthropic builder ({@code AnthropicChatModel.builder().modelName(CLAUDE_3_5_SONNET_20240620)}) that nothing in
     * the file defines or imports is the SDK's constant.
     */
    private boolean docsSnippetConstant(NameExpr e) {
        if (staticOther || ownNames.contains(e.getNameAsString())) return false;
        if (!(e.getParentNode().orElse(null) instanceof com.github.javaparser.ast.expr.MethodCallExpr m)
                || !MODEL_SETTERS.contains(m.getNameAsString()) || m.getArguments().size() != 1) return false;
        com.github.javaparser.ast.expr.Expression root = m;
        while (root instanceof com.github.javaparser.ast.expr.MethodCallExpr c && c.getScope().isPresent()) root = c.getScope().get();
        return root.toString().startsWith("Anthropic");
    }

    /** {@code AnthropicApi.ChatModel} → {@code org.springframework.ai.anthropic.api.AnthropicApi.ChatModel}. */
    private String qualify(String scope) {
        int dot = scope.indexOf('.');
        String first = dot < 0 ? scope : scope.substring(0, dot);
        String known = imports.get(first);
        return known == null ? scope : known + (dot < 0 ? "" : scope.substring(dot));
    }

    /** A model-constant class of an Anthropic client library: its simple name is a holder's, its package an anthropic one. */
    private static boolean isHolder(String qualified) {
        String[] parts = qualified.split("\\.");
        if (parts.length < 2 || !HOLDERS.contains(parts[parts.length - 1])) return false;
        for (int k = 0; k < parts.length - 1; k++) if (parts[k].equals("anthropic")) return true;
        return false;
    }

    static Optional<String> id(String constant) {
        String s = constant.toLowerCase(Locale.ROOT).replace('_', '-');
        if (CLAUDE3.matcher(s).matches()) {
            if (s.matches(".*-(\\d{8}|latest)")) return Optional.of(s);
            // Spring AI's undated names: the alias they hold (Claude 3 Haiku and Sonnet had no -latest alias)
            if (s.equals("claude-3-haiku")) return Optional.of("claude-3-haiku-20240307");
            if (s.equals("claude-3-sonnet")) return Optional.of("claude-3-sonnet-20240229");
            return Optional.of(s + "-latest");
        }
        // Claude 4 Opus and Sonnet alone are their -4-0 aliases
        if (FAMILY_FIRST.matcher(s).matches()) return Optional.of(s.matches("claude-[a-z]+-4") ? s + "-0" : s);
        if (LEGACY.matcher(s).matches()) return Optional.of(s.matches(".*-[12]-\\d") ? s.substring(0, s.length() - 2) + "." + s.charAt(s.length() - 1) : s);
        return Optional.empty();
    }
}
