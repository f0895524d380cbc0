package com.weibao.contract;

/**
 * Terms of a contract that another feature owns and keeps in its own tables, e.g. the callback policy: a key
 * under a contract in the contract file. The feature's bean implementing this reads its key whenever a contract
 * is imported, in the import's transaction, so a wrong section rolls the whole file back.
 */
public interface ContractSection {

    /** The key under a contract entry of the contract file, e.g. {@code callbacks}. */
    String key();

    /**
     * Reads and stores the section of this contract; {@code section.isPresent()} is false when the contract
     * does not have it (the feature's defaults apply). Throws {@link InvalidContractTerms} with a path relative
     * to the section for what is wrong.
     */
    void imported(Contract contract, ContractFileSection section);
}
