; Inno Setup script for Tư liệu on Windows (Inno Setup 6.3+; Unicode).
; Build the app first (packaging/tulieu.spec -> dist\tulieu\), then from the repository root:
;   iscc /DAppVersion=0.1.0 packaging\windows\tulieu.iss      -> dist\tulieu-setup-0.1.0.exe
; The uninstaller removes the program only: the archive in %LOCALAPPDATA%\tulieu (articles,
; backups, settings) is the user's work and stays.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Tư liệu"
#define AppExe "tulieu.exe"
#define ProgId "TuLieu.Article"

[Setup]
AppId={{6E0B7C1A-3D5F-4B7E-9C2A-7A1F2E5D9B40}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Tư liệu
DefaultDirName={autopf}\TuLieu
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default (no administrator needed in an office), per-machine if chosen.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=tulieu-setup-{#AppVersion}
; The spec renders the icon into its work folder, build\tulieu\ by default.
SetupIconFile=..\..\build\tulieu\icons\tulieu.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ShowLanguageDialog=auto

[Languages]
; Vietnamese.isl ships in Inno Setup's Languages\Unofficial folder; copy it beside this script
; (or into Languages\) before building.
Name: "vi"; MessagesFile: "Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vi.OpenWith=Mở bằng Tư liệu (nhập bài vào kho)
en.OpenWith=Open with Tư liệu (import into the archive)
vi.AssocTask=Cho phép mở tệp .docx và .txt bằng Tư liệu (mục "Mở bằng")
en.AssocTask=Offer Tư liệu in "Open with" for .docx and .txt files
vi.DesktopIcon=Tạo biểu tượng trên màn hình nền
en.DesktopIcon=Create a desktop shortcut
vi.Launch=Mở Tư liệu
en.Launch=Start Tư liệu

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked
Name: "openwith"; Description: "{cm:AssocTask}"

[Files]
Source: "..\..\dist\tulieu\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; "Open with": a ProgID for our command, offered (not forced) for .docx and .txt through
; OpenWithProgids, so Word and Notepad stay the defaults. HKA is HKCU or HKLM by install mode.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueData: "{cm:OpenWith}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueData: "{app}\{#AppExe},0"; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" open ""%1"""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.docx\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.txt\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: openwith
; Lets Windows list the app under "Open with → Choose another app" by its friendly name.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" open ""%1"""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".docx"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".txt"; ValueData: ""; Tasks: openwith

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:Launch}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself leaves in its own folder (Python byte-code caches).
; Never {localappdata}\tulieu: that is the user's archive.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
