package com.piquetickets.saga.support;

import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValues;
import org.axonframework.modelling.saga.AssociationValuesImpl;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.SagaScopeDescriptor;

/** Runs saga handlers outside a saga manager, as if inside the saga's scope (deadlines, associations, end). */
public final class TestSagaScope extends SagaLifecycle {

    private final AssociationValues associations = new AssociationValuesImpl();
    private final String sagaId;
    private boolean ended;

    public TestSagaScope(String sagaId) {
        this.sagaId = sagaId;
    }

    public void run(Runnable handler) {
        execute(handler);
    }

    public boolean ended() {
        return ended;
    }

    @Override
    protected void doEnd() {
        ended = true;
    }

    @Override
    protected void doRemoveAssociation(AssociationValue associationValue) {
        associations.remove(associationValue);
    }

    @Override
    protected void doAssociateWith(AssociationValue associationValue) {
        associations.add(associationValue);
    }

    @Override
    protected AssociationValues getAssociationValues() {
        return associations;
    }

    @Override
    protected String type() {
        return "test-saga";
    }

    @Override
    protected String getSagaIdentifier() {
        return sagaId;
    }

    @Override
    public ScopeDescriptor describeScope() {
        return new SagaScopeDescriptor(type(), sagaId);
    }
}
