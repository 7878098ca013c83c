#include "run.hpp"

int main(int argc, char** argv) { return claimgraph::cli::run(argc, argv); }
