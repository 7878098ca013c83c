# Install and export: headers, static libraries and a package config, so that
#     find_package(claimgraph REQUIRED)
#     target_link_libraries(app PRIVATE claimgraph::claimgraph)
# works against an install prefix (tests/consumer checks it).
include(CMakePackageConfigHelpers)

set(CLAIMGRAPH_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/claimgraph
    CACHE STRING "Where the claimgraph package config is installed")
set(claimgraph_modules core parser input graph export)

foreach(module IN LISTS claimgraph_modules)
    install(DIRECTORY ${PROJECT_SOURCE_DIR}/${module}/include/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
            COMPONENT claimgraph_development FILES_MATCHING PATTERN "*.hpp")
    list(APPEND claimgraph_install_targets claimgraph_${module})
endforeach()
set_target_properties(claimgraph PROPERTIES EXPORT_NAME claimgraph)

install(TARGETS ${claimgraph_install_targets} claimgraph EXPORT claimgraphTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT claimgraph_development
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT claimgraph_development
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT claimgraphTargets NAMESPACE claimgraph:: DESTINATION ${CLAIMGRAPH_INSTALL_CMAKEDIR}
        COMPONENT claimgraph_development)

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/claimgraphConfig.cmake.in
    ${PROJECT_BINARY_DIR}/claimgraphConfig.cmake INSTALL_DESTINATION ${CLAIMGRAPH_INSTALL_CMAKEDIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/claimgraphConfigVersion.cmake
    VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/claimgraphConfig.cmake ${PROJECT_BINARY_DIR}/claimgraphConfigVersion.cmake
        DESTINATION ${CLAIMGRAPH_INSTALL_CMAKEDIR} COMPONENT claimgraph_development)
