rootProject.name = "AcmeAssist"
include(":app")
