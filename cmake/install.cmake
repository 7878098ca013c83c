# Install and export: find_package(claimgraph) + target_link_libraries(app claimgraph::claimgraph).
# (Completed by the graph/library issue.)
