package dev.onramp.hiring;

/**
 * The hiring process of each application, as the rest of the hiring feature sees it. Both calls
 * join the caller's transaction: if one fails, nothing the caller wrote in it is kept.
 */
public interface ApplicationProcesses {

    /**
     * Starts the hiring process of a freshly inserted application with {@code facts} (read with the requisition's
     * lock, {@link RequisitionRepository#lockForApplication}) and records its instance id on the application;
     * returns that id.
     *
     * @throws NotStartedException when the engine refuses (for example, no process is deployed)
     */
    String start(long applicationId, long requisitionId, RequisitionRepository.ProcessStart facts);

    /**
     * Ends the application because its requisition was closed: its process stops if it still runs,
     * and the application's outcome becomes {@link Application.Status#REQUISITION_CLOSED}.
     */
    void endForClosedRequisition(long applicationId);

    /**
     * The requisition has a new hiring manager: the application's running process instances (its hiring process and
     * what it called) name them from now on, so the debrief and an offer's approval still to come go to them. Tasks
     * already assigned stay with whoever holds them (an admin may reassign them).
     */
    void handOverToHiringManager(long applicationId, String hiringManagerUsername);

    /** The process could not be started; the caller's transaction rolls back. */
    class NotStartedException extends RuntimeException {

        public NotStartedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
