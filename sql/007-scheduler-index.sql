-- The scheduler walks the waiting places not yet escalated, in id order;
-- escalated ones (done with) stay out of its way however many there are.
ALTER TABLE step_assignees ADD KEY k_assignees_due (state, escalated_at, id);
