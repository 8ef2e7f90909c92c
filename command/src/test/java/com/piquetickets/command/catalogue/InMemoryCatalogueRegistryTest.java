package com.piquetickets.command.catalogue;

class InMemoryCatalogueRegistryTest extends CatalogueRegistryContract {

    @Override
    CatalogueRegistry registry() {
        return new InMemoryCatalogueRegistry();
    }
}
