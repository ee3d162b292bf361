# SPDX-License-Identifier: GPL-3.0-or-later
# CPack settings for the Windows installer (NSIS): per user, no administrator rights, a Start-menu
# shortcut and an entry in Settings > Apps. Our NSIS.template.in beside this file replaces CMake's.
# Included by windows.cmake, and by tests/packaging/nsis, which builds a real installer from a small
# staged tree with makensis on Linux. Needs MYELIN_ICO (the icon) and the Myelin project().
set(CPACK_MODULE_PATH ${CMAKE_CURRENT_LIST_DIR}) # where CPack finds NSIS.template.in
set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_FILE_NAME "Myelin-${PROJECT_VERSION}-windows-x64")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Myelin")   # %LOCALAPPDATA%\Programs\Myelin
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Myelin") # HKCU\...\Uninstall\Myelin
set(CPACK_NSIS_PACKAGE_NAME "Myelin")
set(CPACK_NSIS_DISPLAY_NAME "Myelin")
set(CPACK_NSIS_MUI_ICON "${MYELIN_ICO}")
set(CPACK_NSIS_MUI_UNIICON "${MYELIN_ICO}")
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}/issues")
# Our own values for the template (CPack passes every CPACK_ variable through).
set(CPACK_MYELIN_NSIS_EXECUTABLE "bin\\myelin.exe")
set(CPACK_MYELIN_NSIS_COPYRIGHT "Code GPL-3.0-or-later, content CC BY 4.0, Myelin project")
