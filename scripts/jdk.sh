# Sourced by ./mvnw and ./wardplan: exports JAVA_HOME pointing at a JDK of 21 or newer.
# Order: $JAVA_HOME, then the usual install folders, newest first. Fails with a clear message.

wardplan_java_major() {
  # prints the feature version of the java binary given as $1 (e.g. 17, 21, 25)
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = //p' | head -n 1 | sed 's/^1\.//'
}

wardplan_require_jdk() {
  local min=21 candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/java/* "$HOME"/.sdkman/candidates/java/* 2>/dev/null | sort -rV); do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(wardplan_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$min" ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      export WARDPLAN_JAVA_MAJOR="$major"
      # Maven 3.9 still touches sun.misc.Unsafe; JDK 24+ warns loudly unless told this is known.
      if [ "$major" -ge 24 ]; then
        case "${MAVEN_OPTS:-}" in *sun-misc-unsafe*) ;; *) export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS:-}" ;; esac
      fi
      return 0
    fi
  done
  echo "wardplan: no JDK $min or newer found (looked at \$JAVA_HOME and /usr/lib/jvm, /opt/java, /opt/jdk*, ~/.sdkman)." >&2
  echo "wardplan: install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21/25) or set JAVA_HOME to it." >&2
  return 1
}
