; Inno Setup 6 script: 人口家庭服务台账 (Family Ledger) for one Windows user, no administrator rights.
; Build it with packaging/build.py --installer, which passes the version from desktop/__init__.py:
;   ISCC /DAppVersion=0.1.0 /DFileVersion=0.1.0.0 /DAppSource=dist\family-ledger ^
;        /DOutputDir=dist\installer /DChineseIsl=packaging\ChineseSimplified.isl packaging\installer.iss
; ChineseSimplified.isl is a user-contributed (unofficial) Inno Setup translation: see
; packaging/README.md for where to get it. The file is saved as UTF-8 with a BOM (Chinese text).

#ifndef AppVersion
  #error AppVersion is not set: build with packaging/build.py --installer (ISCC /DAppVersion=...)
#endif
#ifndef FileVersion
  #define FileVersion "0.0.0.0"
#endif
#ifndef AppSource
  #define AppSource "..\dist\family-ledger"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist\installer"
#endif
#ifndef IconFile
  #define IconFile "..\resources\icons\family-ledger.ico"
#endif
#ifndef ChineseIsl
  #define ChineseIsl "ChineseSimplified.isl"
#endif

#define AppName "人口家庭服务台账"
#define AppExe "FamilyLedger.exe"

[Setup]
; The AppId identifies the program for upgrades and uninstalling: never change it.
AppId={{232A6B4E-F110-46E2-977E-DE2E37325D47}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=FamilyLedger
VersionInfoVersion={#FileVersion}
VersionInfoProductName={#AppName}
; Per user, without administrator rights: the program goes to %LOCALAPPDATA%\Programs.
; The data lives elsewhere (%LOCALAPPDATA%\FamilyLedger, platformdirs), never next to the program.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\FamilyLedger
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputDir={#OutputDir}
OutputBaseFilename=FamilyLedger-Setup-{#AppVersion}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
; The app holds a lock on its data file: ask to close a running copy before files are replaced.
CloseApplications=yes

[Languages]
Name: "chinesesimp"; MessagesFile: "{#ChineseIsl}"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder build: FamilyLedger.exe (window), family-ledger.exe (commands), _internal\
Source: "{#AppSource}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundled libraries wholesale, so no stale module outlives a version.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: uninstalling removes only the files installed above.
; The clerk's data file, backups and logs (%LOCALAPPDATA%\FamilyLedger) stay where they are.
