@echo off
rem Stek launcher for Windows (./stek is Linux's and macOS's). Usage: stek build
rem In a release (stek.jar beside this file) it runs that jar; in a checkout it builds
rem generator\target\stek.jar with the Maven Wrapper when it is missing (after a change to the
rem sources, run "mvnw.cmd -pl generator package" yourself), then runs it. stek.jar picks the JVM's
rem JIT, collector and heap itself (org.stek.cli.JvmChoice), as for ./stek and java -jar stek.jar.
rem STEK_JAVA_OPTS are passed to Java and win over those choices (e.g. set STEK_JAVA_OPTS=-Xmx2g).
setlocal
set "here=%~dp0"
set "jar=%here%stek.jar"
if exist "%jar%" goto run
set "jar=%here%generator\target\stek.jar"
if exist "%jar%" goto run
echo stek: building stek.jar (once; takes a minute on a fresh machine)... 1>&2
pushd "%here%"
call mvnw.cmd -B -q -DskipTests -pl generator package 1>&2
set "built=%ERRORLEVEL%"
popd
if not "%built%"=="0" exit /b 2
:run
java %STEK_JAVA_OPTS% -jar "%jar%" %*
exit /b %ERRORLEVEL%
