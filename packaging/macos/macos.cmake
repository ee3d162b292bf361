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
