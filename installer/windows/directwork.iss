; Inno Setup 6 script for directwork on Windows: a per-user install that needs no admin rights.
; Built from the PyInstaller one-folder bundle (dist\directwork); see BUILDING.md.
;
; IT, silent install (no windows, no questions):
;     directwork-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="%TEMP%\directwork-setup.log"
; then check the result:
;     "%LOCALAPPDATA%\Programs\directwork\directwork-cli.exe" self-test
; Silent uninstall keeps the practitioner's records; add /PURGEDATA to delete them as well:
;     "%LOCALAPPDATA%\Programs\directwork\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES [/PURGEDATA]

#define AppName "directwork"
#define AppExe "directwork.exe"
#ifndef AppVersion
  ; One source of truth: the version the PyInstaller spec wrote from the package metadata.
  #define VersionFile FileOpen(AddBackslash(SourcePath) + "..\..\dist\VERSION")
  #define AppVersion Trim(FileRead(VersionFile))
  #expr FileClose(VersionFile)
#endif

[Setup]
; The AppId identifies this app to Windows across versions: upgrades replace, never duplicate.
; Never change it.
AppId={{E04D4148-50CF-4994-83C0-9BF1B028406E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=directwork
AppComments=Direct work with children, offline first, in an encrypted vault
; Per user, no elevation: practitioners on locked-down laptops can install and update it, and
; the records stay in that user's own profile.
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
OutputDir=..\..\dist
OutputBaseFilename=directwork-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\directwork.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An update must not replace files under a running app.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Welsh.isl is an unofficial Inno Setup translation: when it is placed in the compiler's
; Languages folder, add:  Name: "welsh"; MessagesFile: "compiler:Languages\Welsh.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\directwork\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; Start menu entry (per user, since the install is per user).
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Direct work with children"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the app itself put beside its program files; never the data folder (see [Code]).
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
// The records live outside {app}, in the data folder platformdirs gives the app:
// %LOCALAPPDATA%\directwork (the vault, its key file and its encrypted backups). Uninstalling
// keeps them unless the user says so (interactive) or IT passes /PURGEDATA (silent), because
// records that have not yet synced with the hub exist nowhere else.

function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\{#AppName}');
end;

function CmdLineParamExists(const Name: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Name) = 0 then
    begin
      Result := True;
      Exit;
    end;
end;

function ShouldPurgeData(): Boolean;
begin
  if CmdLineParamExists('/PURGEDATA') then
    Result := True
  else if UninstallSilent then
    // Silent without /PURGEDATA: keep. /SUPPRESSMSGBOXES must never mean "delete".
    Result := False
  else
    Result := SuppressibleMsgBox(
      'Also delete the records kept on this laptop?' + #13#10#13#10 +
      'Folder: ' + DataFolder() + #13#10#13#10 +
      'Choose No (recommended) to keep them: reinstalling directwork will open them again. ' +
      'Choose Yes only if every record has synced with your team''s hub, or IT has told you ' +
      'to. Deleted records cannot be recovered.',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) then
  begin
    if ShouldPurgeData() then
    begin
      if not DelTree(DataFolder(), True, True, True) then
        SuppressibleMsgBox('Some files in ' + DataFolder() + ' could not be deleted. ' +
          'Close directwork and delete the folder by hand.', mbError, MB_OK, IDOK);
      // The preferences (text size, contrast, lock time): nothing personal, but a purge
      // should leave no trace of the app.
      DelTree(ExpandConstant('{userappdata}\{#AppName}'), True, True, True);
    end
    else
      Log('Kept the data folder ' + DataFolder());
  end;
end;
