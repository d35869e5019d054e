# Sourced by the benchmarks that drive a running `precis serve` from the server module's test-scope
# clients (TileLoad, ViewerFrames): builds Precis and those clients unless SKIP_BUILD is set, and
# sets $client_cp. Needs $root; leaves the shell in $root.
cd "$root"
if [ -z "${SKIP_BUILD:-}" ]; then
  ./precis --version >/dev/null
  mvn -B -o -q -pl server -am test-compile -DskipTests
  mvn -B -o -q -pl server -am dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt >/dev/null
fi
client_cp="server/target/test-classes:server/target/classes:$(cat server/target/cp.txt)"
