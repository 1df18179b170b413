package dev.claudit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** {@link Architecture}'s rules on the Maven plugin's classes and the engine's it runs. */
@AnalyzeClasses(packages = "dev.claudit", importOptions = {ImportOption.DoNotIncludeTests.class, Architecture.DoNotIncludeTestJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(Architecture.class);
}
