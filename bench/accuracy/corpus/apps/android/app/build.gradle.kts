import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val localProps = Properties().apply { rootProject.file("local.properties").inputStream().use { load(it) } }

android {
    namespace = "com.acme.assist.mobile"
    compileSdk = 35
    defaultConfig {
        applicationId = "com.acme.assist.mobile"
        minSdk = 26
        targetSdk = 35
        buildConfigField("String", "ANTHROPIC_API_KEY", "\"${localProps.getProperty("anthropic.apiKey")}\"")
        buildConfigField("String", "CLAUDE_MODEL", "\"claude-haiku-4-5\"")
    }
    buildFeatures { buildConfig = true }
}
