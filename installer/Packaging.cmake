# CPack: a Debian package of the editor and the command line.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.gatehouse.Gatehouse.desktop
        DESTINATION share/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.gatehouse.Gatehouse.metainfo.xml
        DESTINATION share/metainfo)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.gatehouse.Gatehouse.svg
        DESTINATION share/icons/hicolor/scalable/apps)

set(CPACK_PACKAGE_NAME gatehouse)
set(CPACK_PACKAGE_VENDOR "Gatehouse")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Design and secure backend API workflows")
set(CPACK_PACKAGE_CONTACT "Gatehouse maintainers <maintainers@gatehouse.invalid>")
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
include(CPack)
