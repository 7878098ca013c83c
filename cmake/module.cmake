# claimgraph_module(NAME <name> [DEPS <targets...>] [PRIVATE_DEPS <targets...>])
# Defines claimgraph_<name> (alias claimgraph::<name>) from <name>/src/*.cpp with public headers in
# <name>/include. Sources are globbed so that adding a file needs no edit here.
function(claimgraph_module)
    cmake_parse_arguments(M "" "NAME" "DEPS;PRIVATE_DEPS" ${ARGN})
    set(target claimgraph_${M_NAME})
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/src/*.cpp)
    add_library(${target} STATIC ${sources})
    add_library(claimgraph::${M_NAME} ALIAS ${target})
    set_target_properties(${target} PROPERTIES EXPORT_NAME ${M_NAME} POSITION_INDEPENDENT_CODE ON)
    target_include_directories(${target}
        PUBLIC $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/include>
               $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>
        PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/src)
    target_compile_features(${target} PUBLIC cxx_std_20)
    target_link_libraries(${target} PUBLIC ${M_DEPS} PRIVATE ${M_PRIVATE_DEPS} $<BUILD_INTERFACE:claimgraph_warnings>)
endfunction()
