; Trade Target: per-user Windows installer (NSIS 3, Modern UI 2).
;
;   makensis -DVERSION=0.1.0 -DPAYLOAD_DIR=dist/trade-target
;            -DOUTFILE=dist/trade-target-0.1.0-setup.exe -DICON=build/icons/trade-target.ico
;            packaging/windows/trade-target.nsi
;
; VERSION      required; packaging/version.py prints it (pyproject.toml is its one source).
; VERSION_QUAD optional; four numbers for the exe's version resource, else VERSION's X.Y.Z + .0.
; PAYLOAD_DIR  required; the PyInstaller onedir bundle (packaging/trade-target.spec).
; OUTFILE      optional; the installer's path.
; ICON         optional; .ico for installer and uninstaller (packaging/windows/make_ico.py).
; STANDIN      optional; a compile check with the Linux bundle as payload, named so everywhere.
;
; packaging/windows/build-installer.sh runs this; so does the release workflow on Windows.
; No admin rights: everything goes under the user's profile and HKCU.

Unicode true
ManifestDPIAware true
ManifestSupportedOS all
RequestExecutionLevel user
; COMPRESSION: lzma (solid) by default, for the smallest download. The stand-in compile check
; passes "off": seconds instead of a minute and a half on a 150 MB bundle.
!ifndef COMPRESSION
  !define COMPRESSION lzma
!endif
!if "${COMPRESSION}" == "off"
  SetCompress off
!else
  SetCompressor /SOLID ${COMPRESSION}
!endif

!ifndef VERSION
  !error "VERSION is not defined: pass -DVERSION=X.Y.Z (packaging/version.py prints it)"
!endif
!ifndef PAYLOAD_DIR
  !error "PAYLOAD_DIR is not defined: makensis -DPAYLOAD_DIR=dist/trade-target ..."
!endif
!ifndef STANDIN
  !if ! /FileExists "${PAYLOAD_DIR}\trade-target.exe"
    !error "${PAYLOAD_DIR}\trade-target.exe is missing: build the bundle on Windows first"
  !endif
  !if ! /FileExists "${PAYLOAD_DIR}\trade-target-cli.exe"
    !error "${PAYLOAD_DIR}\trade-target-cli.exe (the command line) is missing: build the bundle on Windows with packaging/trade-target.spec"
  !endif
!endif

!ifndef VERSION_QUAD
  !searchparse /noerrors "${VERSION}" "" V_MAJOR "." V_MINOR "." V_PATCH
  !ifndef V_MINOR
    !define V_MINOR 0
  !endif
  !ifndef V_PATCH
    !define V_PATCH 0
  !endif
  !define VERSION_QUAD "${V_MAJOR}.${V_MINOR}.${V_PATCH}.0"
  !macro _CheckVersionNumber part
    !define /math _NUMBER ${part} + 0
    !if "${_NUMBER}" != "${part}"
      !error "VERSION ${VERSION} is not X.Y.Z: pass -DVERSION_QUAD=A.B.C.D as well"
    !endif
    !undef _NUMBER
  !macroend
  !insertmacro _CheckVersionNumber "${V_MAJOR}"
  !insertmacro _CheckVersionNumber "${V_MINOR}"
  !insertmacro _CheckVersionNumber "${V_PATCH}"
!endif

!define APP_NAME "Trade Target"
!define PUBLISHER "Trade Target"
!define EXE "trade-target.exe"
!define UNINSTALLER "uninstall.exe"
; Written at install; the uninstaller deletes $INSTDIR wholesale only where it finds this file.
!define MARKER "trade-target-install.txt"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\TradeTarget"
!define EXTENSION ".tradetarget"
!define PROGID "TradeTarget.Scenario"

!ifdef STANDIN
  !define TITLE "${APP_NAME} ${VERSION} (STAND-IN test build, Linux payload)"
  !define DEFAULT_OUTFILE "trade-target-${VERSION}-setup-STANDIN-linux-payload.exe"
!else
  !define TITLE "${APP_NAME} ${VERSION}"
  !define DEFAULT_OUTFILE "trade-target-${VERSION}-setup.exe"
!endif
!ifndef OUTFILE
  !define OUTFILE "${DEFAULT_OUTFILE}"
!endif

Name "${APP_NAME}"
Caption "${TITLE} Setup"
UninstallCaption "${TITLE} Uninstall"
!ifdef STANDIN
  BrandingText "Stand-in test build with a Linux payload: do not install"
!else
  BrandingText "${TITLE}"
!endif
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
ShowInstDetails show
ShowUninstDetails show

VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include x64.nsh
!include WinVer.nsh
!include WordFunc.nsh

!define MUI_ABORTWARNING
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif

!ifdef STANDIN
  !define MUI_WELCOMEPAGE_TITLE "${TITLE}"
  !define MUI_WELCOMEPAGE_TEXT "This installer only proves that the installer script compiles. It carries the Linux bundle, which does not run on Windows. Cancel it."
!endif
!insertmacro MUI_PAGE_WELCOME
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE DirectoryLeave
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${APP_NAME}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"

VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${TITLE} Setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "MIT License"

; --- Installer -----------------------------------------------------------------------------

!macro RefreshShellAssociations un
  Function ${un}RefreshShellAssociations
    ; SHChangeNotify(SHCNE_ASSOCCHANGED, SHCNF_IDLIST, NULL, NULL): Explorer rereads them.
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  FunctionEnd
!macroend
!insertmacro RefreshShellAssociations ""
!insertmacro RefreshShellAssociations "un."

Function .onInit
  SetShellVarContext current
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "${APP_NAME} needs 64-bit Windows 10 or newer." /SD IDOK
    SetErrorLevel 2
    Abort
  ${EndIf}
  ; An older installer never replaces a newer install: going back means uninstalling first.
  ReadRegStr $0 HKCU "${UNINSTALL_KEY}" "DisplayVersion"
  ${If} $0 != ""
    ${VersionCompare} "$0" "${VERSION}" $1
    ${If} $1 = 1
      MessageBox MB_OK|MB_ICONSTOP "${APP_NAME} $0 is installed, which is newer than ${VERSION}.$\r$\nUninstall it first to install this older version." /SD IDOK
      SetErrorLevel 3
      Abort
    ${EndIf}
  ${EndIf}
FunctionEnd

; Sets $0 to 1 if $INSTDIR holds anything, else 0.
Function InstallDirHasFiles
  Push $1
  Push $2
  StrCpy $0 0
  ClearErrors
  FindFirst $1 $2 "$INSTDIR\*"
  ${DoUntil} ${Errors}
    ${If} $2 != "."
    ${AndIf} $2 != ".."
      StrCpy $0 1
      ${Break}
    ${EndIf}
    FindNext $1 $2
  ${Loop}
  FindClose $1
  Pop $2
  Pop $1
FunctionEnd

; A folder with other files in it would be deleted with them on uninstall: refuse it,
; unless it is an earlier install of ours.
Function DirectoryLeave
  ${IfNot} ${FileExists} "$INSTDIR\${MARKER}"
    Call InstallDirHasFiles
    ${If} $0 = 1
      MessageBox MB_OK|MB_ICONEXCLAMATION "$INSTDIR is not empty.$\r$\nChoose an empty or new folder: uninstalling removes the whole folder." /SD IDOK
      ${If} ${Silent}
        SetErrorLevel 4  ; the page keeps an interactive user; a silent install ends here
      ${EndIf}
      Abort
    ${EndIf}
  ${EndIf}
FunctionEnd

Section "${APP_NAME} (program, Start-menu shortcut, .tradetarget files)" SecProgram
  SectionIn RO
  ; The directory page's check, again for silent installs (/S /D=...).
  Call DirectoryLeave
  ${If} ${FileExists} "$INSTDIR\${MARKER}"
    DetailPrint "Removing the earlier version from $INSTDIR"
    ClearErrors
    RMDir /r "$INSTDIR"
    ${If} ${Errors}
      MessageBox MB_OK|MB_ICONSTOP "Cannot replace the files in $INSTDIR.$\r$\nClose ${APP_NAME} and run the installer again." /SD IDOK
      Abort
    ${EndIf}
  ${EndIf}

  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD_DIR}\*"
  FileOpen $0 "$INSTDIR\${MARKER}" w
  FileWrite $0 "${APP_NAME} ${VERSION} was installed here; its uninstaller deletes this folder.$\r$\n"
  FileClose $0
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${EXE}"

  ; The app takes the path as its argument; opening the file inside the app comes later.
  WriteRegStr HKCU "Software\Classes\${EXTENSION}" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\${EXTENSION}\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "${APP_NAME} scenario"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" \
    '"$INSTDIR\${EXE}" "%1"'
  Call RefreshShellAssociations
SectionEnd

Section /o "Desktop shortcut" SecDesktop
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${EXE}"
SectionEnd

; Last, so that EstimatedSize counts everything installed.
Section "-Register uninstaller"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "${APP_NAME}, its Start-menu shortcut, and opening .tradetarget files with it."
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "A shortcut on your desktop."
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; --- Uninstaller ---------------------------------------------------------------------------

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"

  ; .tradetarget stays if another program has taken it over since.
  DeleteRegValue HKCU "Software\Classes\${EXTENSION}\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\${EXTENSION}\OpenWithProgids"
  ReadRegStr $0 HKCU "Software\Classes\${EXTENSION}" ""
  ${If} $0 == "${PROGID}"
    DeleteRegValue HKCU "Software\Classes\${EXTENSION}" ""
  ${EndIf}
  DeleteRegKey /ifempty HKCU "Software\Classes\${EXTENSION}"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  Call un.RefreshShellAssociations

  DeleteRegKey HKCU "${UNINSTALL_KEY}"

  ${If} ${FileExists} "$INSTDIR\${MARKER}"
    RMDir /r "$INSTDIR"
  ${Else}
    ; Not a folder this installer made: take out only what it would have put there.
    DetailPrint "$INSTDIR has no ${MARKER}: removing only the uninstaller"
    Delete "$INSTDIR\${UNINSTALLER}"
    RMDir "$INSTDIR"
  ${EndIf}
SectionEnd
