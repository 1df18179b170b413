package dev.claudit;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;

import java.net.DatagramSocket;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * claudit is offline by construction and layered as style.md says; these rules read the compiled classes, so a
 * change that breaks them fails the build whatever its tests do. The front-end modules run them on their classes and
 * the engine's they depend on ({@code ArchitectureTest} in claudit-cli and claudit-maven-plugin:
 * {@code ArchTests.in(Architecture.class)}; importing the engine's classes a third time, in claudit-core, would only
 * cost time); the layers are the one table {@link Layer}.
 */
public final class Architecture {

    private Architecture() {
    }

    /**
     * The packages as stages, upstream first, each with the layers that may use it: dependencies point one way,
     * downstream. {@code facts} is the model every stage shares; the front ends (command line, Maven plugin) are
     * used by nobody.
     */
    public enum Layer {
        CLI("cli"),
        MAVEN("maven"),
        ENGINE("engine", "cli", "maven"),
        REPORT("report", "engine", "cli", "maven"),
        RULES("rules", "report", "engine", "cli", "maven"),
        EXTRACT("extract", "engine"),
        WORKSPACE("workspace", "extract", "engine", "cli", "maven"),
        FACTS("facts", (String[]) null);

        /** The layer's name, and its package below {@code dev.claudit}. */
        public final String id;
        /** The layers that may use this one; null: any. */
        final List<String> usedBy;

        Layer(String id, String... usedBy) {
            this.id = id;
            this.usedBy = usedBy == null ? null : List.of(usedBy);
        }

        public String packages() {
            return "dev.claudit." + id + "..";
        }

        static String[] allPackages() {
            return java.util.Arrays.stream(values()).map(Layer::packages).toArray(String[]::new);
        }
    }

    /** Leaves out the other modules' test jars ({@code claudit-core-*-tests.jar}), as DoNotIncludeTests does test-classes. */
    public static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.matches(java.util.regex.Pattern.compile(".*-tests\\.jar.*"));
        }
    }

    private static final String[] NETWORK_PACKAGES = {"java.net.http..", "javax.net..", "jdk.net..", "java.rmi..",
            "com.sun.net.httpserver..", "okhttp3..", "com.squareup.okhttp..", "org.apache.http..", "org.apache.hc..",
            "io.netty..", "org.eclipse.jetty.client..", "org.springframework.web.client..", "org.eclipse.jgit.transport.."};

    @ArchTest
    static final ArchRule noSocketsOrHttpClients = noClasses().that().resideInAPackage("dev.claudit..")
            .should().dependOnClassesThat().belongToAnyOf(Socket.class, ServerSocket.class, DatagramSocket.class,
                    HttpURLConnection.class, URLConnection.class, SocketChannel.class, ServerSocketChannel.class,
                    DatagramChannel.class, AsynchronousSocketChannel.class, AsynchronousServerSocketChannel.class)
            .orShould().dependOnClassesThat().resideInAnyPackage(NETWORK_PACKAGES)
            .because("claudit never touches the network (design.md)");

    @ArchTest
    static final ArchRule noUrlFetchingOrNameLookups = noClasses().that().resideInAPackage("dev.claudit..")
            .should().callMethodWhere(calling(URL.class, "openConnection", "openStream", "getContent"))
            .orShould().callMethodWhere(calling(InetAddress.class, "getByName", "getAllByName", "getLocalHost",
                    "getByAddress", "getCanonicalHostName", "getHostName", "isReachable"))
            .because("a URL in a scanned file is text to check, never something to fetch or resolve");

    @ArchTest
    static final ArchRule noFileChannels = noClasses().that().resideInAPackage("dev.claudit..")
            .and().doNotHaveFullyQualifiedName("dev.claudit.workspace.FileStreams") // names java.io cannot open
            .should().callMethodWhere(calling(java.nio.file.Files.class, "newInputStream", "newOutputStream",
                    "newByteChannel", "readAllBytes", "readString", "readAllLines", "lines", "write", "writeString",
                    "newBufferedReader", "newBufferedWriter", "createTempFile", "copy"))
            .orShould().callMethodWhere(calling(java.nio.channels.FileChannel.class, "open"))
            .orShould().callMethodWhere(calling(java.io.FileInputStream.class, "getChannel"))
            .orShould().callMethodWhere(calling(java.io.FileOutputStream.class, "getChannel"))
            .orShould().callMethodWhere(calling(java.io.RandomAccessFile.class, "getChannel"))
            .because("a FileChannel loads the JDK's networking library, which creates AF_INET and AF_INET6 sockets "
                    + "to probe the stack: read and write through dev.claudit.workspace.FileStreams");

    @ArchTest
    static final ArchRule layers = layers();

    private static ArchRule layers() {
        Architectures.LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true); // a module holds some layers only
        for (Layer l : Layer.values()) rule = rule.layer(l.id).definedBy(l.packages());
        for (Layer l : Layer.values()) {
            if (l.usedBy == null) continue;
            rule = l.usedBy.isEmpty() ? rule.whereLayer(l.id).mayNotBeAccessedByAnyLayer()
                    : rule.whereLayer(l.id).mayOnlyBeAccessedByLayers(l.usedBy.toArray(String[]::new));
        }
        return rule.because("dependencies point one way, downstream (style.md)");
    }

    @ArchTest
    static final ArchRule factsDependOnNothingOfOurs = noClasses().that().resideInAPackage(Layer.FACTS.packages())
            .should().dependOnClassesThat().resideInAnyPackage(java.util.Arrays.stream(Layer.values())
                    .filter(l -> l != Layer.FACTS).map(Layer::packages).toArray(String[]::new))
            .because("facts are the language-neutral model every stage shares (style.md)");

    @ArchTest
    static final ArchRule everyClassIsInAStage = classes().that().resideInAPackage("dev.claudit..")
            .should().resideInAnyPackage(Layer.allPackages())
            .because("packages read as the pipeline: workspace, extract, facts, rules, report, engine, and the front ends (style.md)");

    @ArchTest
    static final ArchRule detectorsNeverSeeParserTypes = noClasses()
            .that().resideInAnyPackage("dev.claudit.rules.detectors..", "dev.claudit.facts..", "dev.claudit.report..",
                    "dev.claudit.workspace..")
            .should().dependOnClassesThat().resideInAnyPackage("com.github.javaparser..", "org.yaml.snakeyaml..")
            .because("rules read facts, never javaparser or snakeyaml types (design.md)");

    @ArchTest
    static final ArchRule javaparserStaysInTheJavaExtractor = noClasses()
            .that().resideOutsideOfPackage("dev.claudit.extract.java..")
            .and().resideInAPackage("dev.claudit..")
            .should().dependOnClassesThat().resideInAPackage("com.github.javaparser..");

    @ArchTest
    static final ArchRule javaTreesAreWalkedWithoutLocks = noClasses().that().resideInAPackage("dev.claudit..")
            .and().doNotHaveFullyQualifiedName("dev.claudit.extract.java.Trees")
            .should().callMethodWhere(DescribedPredicate.describe("javaparser's walk or findAll",
                    (JavaCall<?> call) -> call.getTargetOwner().isAssignableTo(com.github.javaparser.ast.Node.class)
                            && (call.getName().equals("walk") || call.getName().equals("findAll"))))
            .because("javaparser's tree iterator locks a java.util.Stack at every step; Trees walks in the same order without");

    @ArchTest
    static final ArchRule yamlIsNeverConstructedIntoArbitraryObjects = noClasses().that().resideInAPackage("dev.claudit..")
            .should().dependOnClassesThat().belongToAnyOf(org.yaml.snakeyaml.constructor.Constructor.class,
                    org.yaml.snakeyaml.constructor.CustomClassLoaderConstructor.class)
            // without Constructor, the only constructor one can hand to Yaml is a SafeConstructor; the Yaml
            // constructors that take none make a Constructor of their own
            .orShould().callConstructorWhere(DescribedPredicate.describe("a Yaml constructor that makes its own Constructor",
                    (JavaCall<?> call) -> call.getTargetOwner().isEquivalentTo(org.yaml.snakeyaml.Yaml.class)
                            && (call.getTarget().getRawParameterTypes().isEmpty()
                            || !call.getTarget().getRawParameterTypes().get(0).isEquivalentTo(org.yaml.snakeyaml.constructor.BaseConstructor.class))))
            .because("YAML from a scanned repository is composed or safely constructed, never turned into arbitrary objects");

    @ArchTest
    static final ArchRule noPolymorphicJsonTyping = noClasses().that().resideInAPackage("dev.claudit..")
            .should().callMethodWhere(calling(com.fasterxml.jackson.databind.ObjectMapper.class, "activateDefaultTyping",
                    "activateDefaultTypingAsProperty", "enableDefaultTyping", "enableDefaultTypingAsProperty"))
            .because("JSON is read as a tree, never into classes named by the input");

    @ArchTest
    static final ArchRule detectorsReportThroughTheFindingBuilder = noClasses().that().resideInAPackage("dev.claudit.rules.detectors..")
            .should().callConstructorWhere(DescribedPredicate.describe("a constructor of Finding",
                    (JavaCall<?> call) -> call.getTargetOwner().isEquivalentTo(dev.claudit.rules.Finding.class)))
            .because("a finding's message is one of its rule's named messages, filled and checked by FindingBuilder (issue 11)");

    @ArchTest
    static final ArchRule noShell = noClasses().that().resideInAPackage("dev.claudit..")
            .should().callMethodWhere(calling(Runtime.class, "exec"))
            .because("no shell is ever run, least of all with text from a scanned file");

    @ArchTest
    static final ArchRule processesOnlyToReadTheRepository = noClasses()
            .that().resideOutsideOfPackage("dev.claudit.workspace..").and().resideInAPackage("dev.claudit..")
            .should().dependOnClassesThat().belongToAnyOf(ProcessBuilder.class, Process.class, ProcessHandle.class)
            .because("only the workspace may start a process (git, to read the index), with fixed arguments");

    /** Calls to any of {@code methods} on {@code owner} or a subclass of it. */
    private static DescribedPredicate<JavaCall<?>> calling(Class<?> owner, String... methods) {
        List<String> names = List.of(methods);
        return DescribedPredicate.describe(owner.getSimpleName() + "." + names,
                call -> call.getTargetOwner().isAssignableTo(owner) && names.contains(call.getName()));
    }
}
