# SPDX-License-Identifier: GPL-3.0-or-later
# macOS: Myelin.app with its Info.plist, icon, content and the Qt runtime, in a drag-and-drop DMG.
# core/contentlocator finds Contents/MacOS/../Resources/content.db. Signing and notarisation:
# packaging/macos/README.md.
set_target_properties(myelin PROPERTIES
    OUTPUT_NAME Myelin # Myelin.app, Contents/MacOS/Myelin
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER org.myelin.Myelin
    MACOSX_BUNDLE_BUNDLE_NAME Myelin
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE myelin.icns
    MACOSX_BUNDLE_COPYRIGHT "Code GPL-3.0-or-later, content CC BY 4.0, Myelin project")

# The bundle in the build tree gets its content and icon too, so it runs like the installed one.
add_custom_target(myelin_bundle_resources ALL
    COMMAND ${CMAKE_COMMAND} -E make_directory $<TARGET_BUNDLE_CONTENT_DIR:myelin>/Resources
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${MYELIN_CONTENT_DB} ${MYELIN_ICNS}
        $<TARGET_BUNDLE_CONTENT_DIR:myelin>/Resources/
    COMMAND ${CMAKE_COMMAND} -E make_directory $<TARGET_BUNDLE_CONTENT_DIR:myelin>/Resources/translations
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${MYELIN_TRANSLATIONS_QM}
        $<TARGET_BUNDLE_CONTENT_DIR:myelin>/Resources/translations/
    COMMENT "Copying the content, icon and translations into Myelin.app" VERBATIM)
add_dependencies(myelin_bundle_resources myelin content icons ${MYELIN_TRANSLATIONS_TARGET}) # target order: the files exist by then

# Resources first, then the Qt runtime: macdeployqt signs the bundle (ad hoc), and anything added
# after that would break the signature.
install(FILES ${MYELIN_CONTENT_DB} ${MYELIN_ICNS} DESTINATION Myelin.app/Contents/Resources)
install(FILES ${MYELIN_TRANSLATIONS_QM} DESTINATION Myelin.app/Contents/Resources/translations)
# Qt's own dialogs (print, files, message boxes) in the reader's language: Qt's deploy script copies
# Qt's translations on Windows and Linux only, never into a macOS bundle, so qtbase_<language>.qm for
# each language Myelin is translated into goes beside Myelin's own (core/translations looks there).
set(myelin_qt_translations "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}")
foreach(myelin_qm IN LISTS MYELIN_TRANSLATIONS_QM)
    get_filename_component(myelin_language "${myelin_qm}" NAME_WE)
    string(REGEX REPLACE "^myelin_" "" myelin_language "${myelin_language}")
    string(REGEX REPLACE "_.*$" "" myelin_base_language "${myelin_language}")
    if(myelin_language STREQUAL "en")
        continue()
    endif()
    set(myelin_qt_qm "")
    foreach(candidate IN ITEMS "qtbase_${myelin_language}.qm" "qtbase_${myelin_base_language}.qm")
        if(NOT myelin_qt_qm AND EXISTS "${myelin_qt_translations}/${candidate}")
            set(myelin_qt_qm "${myelin_qt_translations}/${candidate}")
        endif()
    endforeach()
    if(myelin_qt_qm)
        install(FILES "${myelin_qt_qm}" DESTINATION Myelin.app/Contents/Resources/translations)
    else()
        message(WARNING "Qt has no qtbase_${myelin_language}.qm in ${myelin_qt_translations}: Qt's dialogs stay "
                        "English for ${myelin_language} readers")
    endif()
endforeach()
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5.1)
    qt_generate_deploy_app_script(TARGET myelin OUTPUT_SCRIPT myelin_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${myelin_deploy_script})
else()
    get_target_property(myelin_qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(myelin_qt_bin "${myelin_qmake}" DIRECTORY)
    find_program(MYELIN_MACDEPLOYQT macdeployqt HINTS "${myelin_qt_bin}" REQUIRED)
    install(CODE "execute_process(COMMAND \"${MYELIN_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/Myelin.app\"
        -always-overwrite COMMAND_ERROR_IS_FATAL ANY)")
endif()

set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_FILE_NAME "Myelin-${PROJECT_VERSION}-macos")
set(CPACK_DMG_VOLUME_NAME "Myelin ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON ${MYELIN_ICNS}) # the DMG's volume icon
