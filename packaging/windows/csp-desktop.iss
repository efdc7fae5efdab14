; Inno Setup 6 script: a per-user installer for CSP Desktop that needs no admin rights.
;   iscc /DAppVersion=0.1.0 packaging\windows\csp-desktop.iss
; It wraps the PyInstaller folder bundle (dist\csp-desktop, from build.spec) and writes
; release\csp-desktop-VERSION-windows-x64-setup.exe. See docs/deployment.md for IT:
;   setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER [/COUNCIL="Caerphilly"]
;
; Where things go (non-administrative install mode, the default):
;   program   {userpf}\CSP Desktop  = %LOCALAPPDATA%\Programs\CSP Desktop  ({autopf} below)
;   shortcut  Start menu of this user ({autoprograms})
;   data      %LOCALAPPDATA%\csp-desktop, written by the app itself, never by this script;
;             the uninstaller removes only the files it installed, so the user's
;             database, preferences, backups and logs stay.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "CSP Desktop"
#define AppExe "csp-desktop.exe"
#define CliExe "csp-desktop-cli.exe"
#define BundleDir "..\..\dist\csp-desktop"

[Setup]
; The AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{7B0E5F0A-5C7E-4D3B-9E54-2C1A9E6D4F21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CSP Desktop contributors
VersionInfoVersion={#AppVersion}
; No UAC prompt: installs for the current user. IT may still choose a per-machine
; install with /ALLUSERS on the command line (then {autopf} is Program Files).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile=..\..\LICENSE
OutputDir=..\..\release
OutputBaseFilename=csp-desktop-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Closes a running copy (Restart Manager) before replacing its files on an update.
CloseApplications=yes
RestartApplications=no
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole program folder: files a newer bundle no longer has must
; not linger. Only the program's own folder; the user's data lives elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Community safety induction and CSP contacts"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
; IT can prefill the CSP record for a council while installing: /COUNCIL="Caerphilly".
; Runs as the installing user, so it fills that user's data folder; an existing record is
; never overwritten (the command refuses and changes nothing).
Filename: "{app}\{#CliExe}"; Parameters: "setup --council ""{param:COUNCIL}"""; Flags: runhidden waituntilterminated; Check: CouncilGiven; StatusMsg: "Preparing the CSP record..."
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function CouncilGiven: Boolean;
begin
  Result := ExpandConstant('{param:COUNCIL|}') <> '';
end;
