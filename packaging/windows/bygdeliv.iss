; Inno Setup script: per-user installer for Windows (no administrator rights needed).
; Build on Windows after packaging/build:  iscc /DAppVersion=0.1.0 packaging\windows\bygdeliv.iss
; UNTESTED here (the project is built and tested on Linux); see packaging/README.md.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1E2B1A-5D8E-4C55-9C1B-0B7E7F2B4A10}
AppName=Bygdeliv Desktop
AppVersion={#AppVersion}
AppPublisher=Bygdeliv
DefaultDirName={localappdata}\Programs\Bygdeliv Desktop
DefaultGroupName=Bygdeliv Desktop
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=bygdeliv-desktop-{#AppVersion}-windows-setup
SetupIconFile=..\..\resources\icons\bygdeliv.ico
UninstallDisplayIcon={app}\bygdeliv.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\bygdeliv-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Bygdeliv Desktop"; Filename: "{app}\bygdeliv.exe"
Name: "{group}\Bygdeliv Desktop (demobutikk)"; Filename: "{app}\bygdeliv.exe"; Parameters: "--demo"
Name: "{group}\{cm:UninstallProgram,Bygdeliv Desktop}"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\bygdeliv.exe"; Description: "{cm:LaunchProgram,Bygdeliv Desktop}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes only what [Files] installed. The user's data stays where platformdirs
; puts it, %LOCALAPPDATA%\Bygdeliv\BygdelivDesktop (database, backups, attachments, signing key),
; and is deliberately not listed under [UninstallDelete].
