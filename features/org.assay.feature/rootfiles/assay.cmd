@echo off
rem Assay launcher for Windows, at the root of an Assay installation.
rem   assay                 open the workbench
rem   assay PROJECT         open the workbench with that project folder open and shown
rem   assay VERB [...]      run a command headless (assay --help lists the verbs)
rem Environment: ASSAY_JAVA (a Java 21+ java.exe), ASSAY_VMARGS, ASSAY_STATE (default %USERPROFILE%\.assay)
setlocal
set "HERE=%~dp0"
if defined ASSAY_JAVA (set "JAVA=%ASSAY_JAVA%") else if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java.exe")
set "LAUNCHER="
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
if not defined LAUNCHER (
  echo assay: no equinox launcher in %HERE%plugins; the installation is incomplete 1>&2
  exit /b 1
)
if not defined ASSAY_STATE set "ASSAY_STATE=%USERPROFILE%\.assay"
rem the installation is shared: the user's configuration and plug-ins (p2 shared-install mode) are in ASSAY_STATE,
rem one for the workbench and the command line, so that both see the same plug-ins
rem the command line's batch work runs on the throughput collector (see the Linux launcher); one in ASSAY_VMARGS wins
rem with a young generation of a fixed size (see the Linux launcher)
set "CLI_GC=-XX:+UseParallelGC"
set "CLI_YOUNG=-Xmn256m"
if defined ASSAY_VMARGS (echo %ASSAY_VMARGS%| findstr /r /c:"-XX:+Use[A-Za-z]*GC" >nul && set "CLI_GC=" && set "CLI_YOUNG=")
if defined ASSAY_VMARGS (echo %ASSAY_VMARGS%| findstr /r /c:"-Xmn" /c:"NewSize" >nul && set "CLI_YOUNG=")
rem a project folder alone: the workbench, with the project open
set "OPEN="
set "WORKBENCH="
if not "%~1"=="" if "%~2"=="" if exist "%~1\assay-project.json" set OPEN="-Dassay.open=%~f1"
if "%~1"=="" set "WORKBENCH=1"
if defined OPEN set "WORKBENCH=1"
if defined WORKBENCH (
  "%JAVA%" -XX:MaxRAMPercentage=50 "-Dosgi.sharedConfiguration.area=%HERE%configuration" %OPEN% %ASSAY_VMARGS% -jar "%LAUNCHER%" -configuration "%ASSAY_STATE%\configuration" -data "%ASSAY_STATE%\workspace" -nosplash
) else (
  "%JAVA%" -XX:MaxRAMPercentage=50 %CLI_GC% %CLI_YOUNG% -Djava.awt.headless=true "-Dosgi.sharedConfiguration.area=%HERE%configuration" %ASSAY_VMARGS% -jar "%LAUNCHER%" -configuration "%ASSAY_STATE%\configuration" -application org.assay.cli.headless -data @none -nosplash %*
)
exit /b %ERRORLEVEL%
