package com.weibao.sla;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.weibao.contract.Contract;
import com.weibao.contract.ContractFileSection;
import com.weibao.contract.ContractImporter;
import com.weibao.contract.ContractRepository;
import com.weibao.contract.ContractSection;
import com.weibao.platform.identity.HospitalDirectory;
import com.weibao.contract.HospitalRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;

/** The five seed contracts as the importer builds them from demo/contracts.yaml, without a database. */
public final class SeedContracts {

    private SeedContracts() {
    }

    public static Map<String, Contract> load() {
        HospitalRepository hospitals = mock(HospitalRepository.class);
        ContractRepository contracts = mock(ContractRepository.class);
        List<Contract> saved = new ArrayList<>();
        when(hospitals.findByCode(anyString())).thenReturn(Optional.empty());
        when(hospitals.save(any())).thenAnswer(i -> i.getArgument(0));
        when(contracts.findByCode(anyString())).thenReturn(Optional.empty());
        when(contracts.save(any())).thenAnswer(i -> {
            saved.add(i.getArgument(0));
            return i.getArgument(0);
        });
        // the quality module's callbacks key is its own; read (and ignored) here as the application reads it
        ContractSection callbacks = new ContractSection() {
            @Override
            public String key() {
                return "callbacks";
            }

            @Override
            public void imported(Contract contract, ContractFileSection section) {
            }
        };
        // the change module's releases key (release cadence) likewise
        ContractSection releases = new ContractSection() {
            @Override
            public String key() {
                return "releases";
            }

            @Override
            public void imported(Contract contract, ContractFileSection section) {
            }
        };
        // and the quality module's complaints key (response deadline)
        ContractSection complaints = new ContractSection() {
            @Override
            public String key() {
                return "complaints";
            }

            @Override
            public void imported(Contract contract, ContractFileSection section) {
            }
        };
        new ContractImporter(hospitals, contracts, mock(HospitalDirectory.class),
                List.of(callbacks, releases, complaints))
                .importFrom(new ClassPathResource("demo/contracts.yaml"));
        return saved.stream().collect(Collectors.toMap(Contract::getCode, Function.identity()));
    }
}
