package dev.claudit.extract.java;

import com.github.javaparser.LevelFreeParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Trees} visits what javaparser's walk and findAll visit, in the same order, on claudit's own sources and test data. */
class TreesTest {

    @Test
    void sameNodesInTheSameOrderAsJavaparser() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("claudit-core/src/main/java", "testdata", "bench/accuracy")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(200);
        int compared = 0;
        for (Path file : files) {
            CompilationUnit cu = LevelFreeParser.parse(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8)).getResult().orElse(null);
            if (cu == null) continue;
            List<Node> expected = new ArrayList<>();
            cu.walk(Node.TreeTraversal.PREORDER, expected::add);
            List<Node> actual = new ArrayList<>();
            Trees.preorder(cu, actual::add);
            assertThat(actual).as("%s: the walk", file).containsExactlyElementsOf(expected).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) assertThat(actual.get(i)).isSameAs(expected.get(i));
            for (Class<? extends Node> type : List.of(TypeDeclaration.class, MethodCallExpr.class, AssignExpr.class, Expression.class)) {
                List<Node> mine = new ArrayList<>(Trees.findAll(cu, type));
                List<Node> theirs = new ArrayList<>(cu.findAll(type));
                assertThat(mine).as("%s: %s", file, type.getSimpleName()).containsExactlyElementsOf(theirs);
            }
            // a subtree, root included
            for (TypeDeclaration<?> t : cu.findAll(TypeDeclaration.class)) {
                List<Node> mine = new ArrayList<>(Trees.findAll(t, TypeDeclaration.class));
                List<Node> theirs = new ArrayList<>(t.findAll(TypeDeclaration.class));
                assertThat(mine).containsExactlyElementsOf(theirs);
            }
            // the index: the whole file and every body, block and type, as runs of its pre-order
            Trees index = Trees.of(cu);
            List<Node> indexed = new ArrayList<>();
            index.each(cu, indexed::add);
            assertThat(indexed).as("%s: the index's walk", file).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) assertThat(indexed.get(i)).isSameAs(expected.get(i));
            List<Node> subtrees = new ArrayList<>(cu.findAll(com.github.javaparser.ast.stmt.BlockStmt.class));
            subtrees.addAll(cu.findAll(TypeDeclaration.class));
            subtrees.addAll(cu.findAll(MethodCallExpr.class));
            for (Node under : subtrees) {
                List<Node> walked = new ArrayList<>();
                under.walk(Node.TreeTraversal.PREORDER, walked::add);
                List<Node> run = new ArrayList<>();
                index.each(under, run::add);
                assertThat(run).as("%s: the subtree at %s", file, under.getRange()).containsExactlyElementsOf(walked);
                List<Node> mine = new ArrayList<>(index.all(under, AssignExpr.class));
                List<Node> theirs = new ArrayList<>(under.findAll(AssignExpr.class));
                assertThat(mine).containsExactlyElementsOf(theirs);
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(200);
    }

    @Test
    void aNodeOfAnotherTreeIsWalkedItself() {
        CompilationUnit one = LevelFreeParser.parse("class A { void m() { a = 1; } }").getResult().orElseThrow();
        CompilationUnit other = LevelFreeParser.parse("class B { void n() { b = 2; c = 3; } }").getResult().orElseThrow();
        Trees index = Trees.of(one);
        assertThat(index.all(other, AssignExpr.class)).extracting(Node::toString).containsExactly("b = 2", "c = 3");
        assertThat(index.all(one, AssignExpr.class)).extracting(Node::toString).containsExactly("a = 1");
    }
}
