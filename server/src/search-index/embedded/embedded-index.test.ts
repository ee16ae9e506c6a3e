import { describeSearchIndexContract } from "../search-index.contract.ts";
import { createEmbeddedIndex } from "./embedded-index.ts";

// The in-process engine needs no services, so its contract runs with the unit tests.
describeSearchIndexContract("embedded", createEmbeddedIndex);
