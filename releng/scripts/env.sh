# Sourced by Assay's scripts: finds a JDK 21 or newer and exports JAVA_HOME (Tycho 5 needs Java 21+).
# Keeps a JAVA_HOME that is already new enough; otherwise looks under /usr/lib/jvm, newest first.
assay_java_version() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}
assay_find_jdk() {
  if [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(assay_java_version "$JAVA_HOME")
    if [ "${v:-0}" -ge 21 ] 2>/dev/null; then echo "$JAVA_HOME"; return 0; fi
  fi
  for d in $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -r); do
    if [ -x "$d/bin/javac" ] && [ ! -L "$d" ]; then
      v=$(assay_java_version "$d")
      if [ "${v:-0}" -ge 21 ] 2>/dev/null; then echo "$d"; return 0; fi
    fi
  done
  return 1
}
if jdk=$(assay_find_jdk); then
  export JAVA_HOME="$jdk"
else
  echo "assay: no JDK 21 or newer found (JAVA_HOME or /usr/lib/jvm); install one, for example Temurin 21+" >&2
  return 1 2>/dev/null || exit 1
fi
